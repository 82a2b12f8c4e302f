import RoadmapModel

/// roadmap.json as read, with what the other files are checked against.
struct DecodedRoadmap {
    var roadmap: Roadmap
    /// Nil when the period could not be read: deadlines are then not checked.
    var deadlineContext: DeadlineContext?
    var sectionNumbers: Set<String>
}

enum RoadmapDecoder {
    static let fields = ["format", "title", "municipality", "order", "period", "sections", "glossary",
                         "terms", "riskFactors", "notes", "report"]

    static func decode(_ root: JSONNode, log: FileLog) -> DecodedRoadmap? {
        guard let top = FormatHeader.open(root, log: log, allowed: fields) else { return nil }
        let period = readPeriod(top)
        var roadmap = Roadmap(
            title: top.string("title", required: true, nonEmpty: true) ?? "",
            municipality: top.string("municipality", required: true) ?? "",
            order: readOrder(top),
            period: period ?? .calendar(year: 2000),
            sections: readSections(top),
            glossary: readGlossary(top),
            terms: readTerms(top, period: period),
            notes: top.string("notes"))
        if let factors = top.strings("riskFactors") { roadmap.riskFactors = factors }
        roadmap.requisites = readRequisites(top)
        return DecodedRoadmap(roadmap: roadmap,
                              deadlineContext: period == nil ? nil : roadmap.deadlineContext,
                              sectionNumbers: Set(roadmap.sections.map(\.number)))
    }

    private static func readPeriod(_ top: Fields) -> Period? {
        guard let text = top.string("period", required: true), let node = top.node("period") else { return nil }
        guard let period = Period(parsing: text) else {
            top.invalid("period", "«\(Quote.visible(text))» — ожидался календарный год («2022») или учебный год («2020-2021»)", at: node)
            return nil
        }
        return period
    }

    private static func readOrder(_ top: Fields) -> ApprovingOrder? {
        guard let order = top.object("order") else { return nil }
        let fields = order.relabeled(Label(text: "приказ"))
        fields.warnUnknown(allowed: ["number", "date", "issuer"])
        return ApprovingOrder(number: fields.string("number", required: true) ?? "",
                              date: fields.day("date"), issuer: fields.string("issuer"))
    }

    /// The справка's requisites; every field is optional.
    private static func readRequisites(_ top: Fields) -> ReportRequisites {
        guard let report = top.object("report") else { return ReportRequisites() }
        let fields = report.relabeled(Label(text: "реквизиты справки"))
        fields.warnUnknown(allowed: ["appendix", "signerPosition", "signerName", "executor", "executorPhone"])
        return ReportRequisites(appendix: fields.string("appendix"), signerPosition: fields.string("signerPosition"),
                                signerName: fields.string("signerName"), executor: fields.string("executor"),
                                executorPhone: fields.string("executorPhone"))
    }

    private static func readSections(_ top: Fields) -> [Section] {
        var seen: [String: SourcePosition] = [:]
        var sections: [Section] = []
        for (i, node) in (top.array("sections", required: true) ?? []).enumerated() {
            let number = node.member("number").flatMap { if case .string(let s) = $0.value.value { s } else { nil } }
            let label = Label(text: number.map { "раздел «\(Quote.visible($0))»" } ?? "раздел № \(i + 1)")
            guard let fields = Fields(node, label: label, log: top.log) else { continue }
            fields.warnUnknown(allowed: ["number", "title"])
            let section = Section(number: fields.string("number", required: true, nonEmpty: true) ?? "",
                                  title: fields.string("title", required: true) ?? "")
            if let first = seen[section.number] {
                top.log.error("раздел «\(Quote.visible(section.number))» описан дважды (первый раз — \(first.russian))",
                              at: node.position)
            } else {
                seen[section.number] = node.position
            }
            sections.append(section)
        }
        return sections
    }

    private static func readGlossary(_ top: Fields) -> [GlossaryEntry] {
        (top.array("glossary") ?? []).enumerated().compactMap { i, node in
            guard let fields = Fields(node, label: Label(text: "глоссарий, запись \(i + 1)"), log: top.log) else { return nil }
            fields.warnUnknown(allowed: ["term", "meaning"])
            return GlossaryEntry(term: fields.string("term", required: true) ?? "",
                                 meaning: fields.string("meaning", required: true) ?? "")
        }
    }

    private static func readTerms(_ top: Fields, period: Period?) -> [SchoolTerm] {
        var read: [(term: SchoolTerm, node: JSONNode)] = []
        for (i, node) in (top.array("terms") ?? []).enumerated() {
            guard let fields = Fields(node, label: Label(text: "четверть № \(i + 1)"), log: top.log) else { continue }
            fields.warnUnknown(allowed: ["name", "end"])
            let name = fields.string("name", required: true) ?? ""
            guard let end = fields.day("end", required: true), let endNode = fields.node("end") else { continue }
            read.append((SchoolTerm(name: name, end: end), endNode))
        }
        let terms = read.map(\.term)
        if let period {
            for (i, problem) in TermDates.problems(terms, period: period).sorted(by: { $0.key < $1.key }) {
                let label = Label(text: "четверть «\(Quote.visible(terms[i].name))»")
                top.log.error(label.message("поле end: \(problem)"), at: read[i].node.position)
            }
        }
        return terms
    }
}
