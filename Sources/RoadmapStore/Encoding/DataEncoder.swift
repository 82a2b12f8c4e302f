import RoadmapModel

/// Turns the model into the files' JSON, keys in the order the format fixes
/// (README, «Data directory, format version 1»). Optional fields without a
/// value are left out, never written as `null`.
enum DataEncoder {
    static let formatVersion = JSON.integer(FormatHeader.supportedVersion)

    static func roadmap(_ roadmap: Roadmap) -> JSON {
        var o = JSONObjectBuilder()
        o.add("format", formatVersion)
        o.add("title", roadmap.title)
        o.add("municipality", roadmap.municipality)
        o.add("order", roadmap.order.map(order))
        o.add("period", roadmap.period.description)
        o.add("sections", JSON.array(roadmap.sections.map { section in
            .object([JSON.Member("number", .string(section.number)), JSON.Member("title", .string(section.title))])
        }))
        if !roadmap.glossary.isEmpty {
            o.add("glossary", JSON.array(roadmap.glossary.map { entry in
                .object([JSON.Member("term", .string(entry.term)), JSON.Member("meaning", .string(entry.meaning))])
            }))
        }
        if !roadmap.terms.isEmpty {
            o.add("terms", JSON.array(roadmap.terms.map { term in
                .object([JSON.Member("name", .string(term.name)), JSON.Member("end", .string(term.end.iso))])
            }))
        }
        // Always written, even when it is the federal list: the region's
        // list is a setting people look for in this file.
        o.add("riskFactors", JSON.array(roadmap.riskFactors.map(JSON.string)))
        o.add("notes", roadmap.notes)
        if !roadmap.requisites.isEmpty { o.add("report", requisites(roadmap.requisites)) }
        return o.json
    }

    private static func requisites(_ requisites: ReportRequisites) -> JSON {
        var o = JSONObjectBuilder()
        o.add("appendix", requisites.appendix)
        o.add("signerPosition", requisites.signerPosition)
        o.add("signerName", requisites.signerName)
        o.add("executor", requisites.executor)
        o.add("executorPhone", requisites.executorPhone)
        return o.json
    }

    private static func order(_ order: ApprovingOrder) -> JSON {
        var o = JSONObjectBuilder()
        o.add("number", order.number)
        o.add("date", order.date?.iso)
        o.add("issuer", order.issuer)
        return o.json
    }

    static func schools(_ schools: [School]) -> JSON {
        .object([JSON.Member("format", formatVersion), JSON.Member("schools", .array(schools.map(school)))])
    }

    private static func school(_ school: School) -> JSON {
        var o = JSONObjectBuilder()
        o.add("id", school.id)
        o.add("name", school.name)
        o.add("shortName", school.shortName)
        o.add("locality", school.locality)
        o.addNonEmpty("programmes", school.programmes)
        o.add("curator", school.curator)
        o.add("mentor", school.mentor)
        o.addNonEmpty("partners", school.partners)
        if !school.agreements.isEmpty { o.add("agreements", JSON.array(school.agreements.map(agreement))) }
        o.add("growthPoint", school.growthPoint.map(growthPoint))
        o.addNonEmpty("riskFactors", school.riskFactors)
        o.add("contact", school.contact)
        o.add("notes", school.notes)
        o.add("joined", school.joined?.iso)
        o.add("left", school.left?.iso)
        o.addNonEmpty("exampleFields", school.exampleFields)
        return o.json
    }

    private static func agreement(_ agreement: PartnerAgreement) -> JSON {
        var o = JSONObjectBuilder()
        o.add("partners", JSON.array(agreement.partners.map(JSON.string)))
        o.add("title", agreement.title)
        o.add("date", agreement.date?.iso)
        o.add("number", agreement.number)
        o.add("notes", agreement.notes)
        return o.json
    }

    private static func growthPoint(_ point: GrowthPoint) -> JSON {
        var o = JSONObjectBuilder()
        o.add("opened", point.opened?.iso)
        if point.planned { o.add("planned", JSON.bool(true)) }
        return o.json
    }

    static func measures(_ measures: [Measure]) -> JSON {
        .object([JSON.Member("format", formatVersion), JSON.Member("measures", .array(measures.map(measure)))])
    }

    private static func measure(_ measure: Measure) -> JSON {
        var o = JSONObjectBuilder()
        o.add("id", measure.id)
        o.add("number", measure.number)
        o.add("section", measure.section)
        o.add("title", measure.title)
        o.add("deadline", measure.deadline)
        o.add("responsible", JSON.array(measure.responsible.map(JSON.string)))
        o.add("result", measure.result)
        o.add("scope", scope(measure.scope))
        o.add("notes", measure.notes)
        return o.json
    }

    private static func scope(_ scope: MeasureScope) -> JSON {
        switch scope {
        case .municipal: return .string("municipal")
        case .everySchool: return .string("every-school")
        case .schools(let ids): return .array(ids.map(JSON.string))
        }
    }

    /// One progress file: records in `ProgressKey` order, each repeating its
    /// last history entry in front so the file reads well by hand. Records
    /// without history carry nothing and are not written.
    static func progress(school: String?, records: [ProgressRecord]) -> JSON {
        var o = JSONObjectBuilder()
        o.add("format", formatVersion)
        o.add("school", school)
        let written = records.filter { !$0.history.isEmpty }.sorted { $0.key < $1.key }
        o.add("records", JSON.array(written.map(record)))
        return o.json
    }

    private static func record(_ record: ProgressRecord) -> JSON {
        let last = record.history[record.history.count - 1]
        var o = JSONObjectBuilder()
        o.add("measure", record.key.measure)
        o.add("occurrence", record.key.occurrence?.iso)
        o.add("status", last.status.rawValue)
        o.add("note", last.note)
        o.add("doneOn", last.doneOn?.iso)
        o.add("by", last.by)
        o.add("at", last.at)
        o.add("history", JSON.array(record.history.map(entry)))
        return o.json
    }

    private static func entry(_ entry: HistoryEntry) -> JSON {
        var o = JSONObjectBuilder()
        o.add("at", entry.at)
        o.add("by", entry.by)
        o.add("status", entry.status.rawValue)
        o.add("note", entry.note)
        o.add("doneOn", entry.doneOn?.iso)
        return o.json
    }
}
