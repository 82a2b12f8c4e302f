import RoadmapModel

extension Report {
    /// The report on a date, for the whole roadmap or for one school. A
    /// school's report holds only the measures that school carries out;
    /// municipal measures belong to the department's report.
    public init(data: RoadmapData, schedule: Schedule, asOf: Day, school schoolID: String? = nil,
                text: ReportText = ReportText()) {
        self.init(source: ReportEntrySource(data: data, entries: nil, schedule: schedule, asOf: asOf, school: schoolID),
                  text: text)
    }

    /// The same report from the plan and a table of each record's entry on
    /// `asOf` (`EntryTable.Choice.asOf`): what a region's справка is made
    /// from, without its records in memory.
    public init(plan: RoadmapData, entries: EntryTable, schedule: Schedule, asOf: Day, school schoolID: String? = nil,
                text: ReportText = ReportText()) {
        self.init(source: ReportEntrySource(data: plan, entries: entries, schedule: schedule, asOf: asOf, school: schoolID),
                  text: text)
    }

    private init(source: ReportEntrySource, text: ReportText) {
        let data = source.data, asOf = source.asOf, schoolID = source.school
        let roadmap = data.roadmap
        let school = schoolID.flatMap(data.school)
        // One pass over the occurrences counts the totals and each row's
        // mark; the entries themselves are made again when a writer prints them.
        var tally = ReportSummary.Tally(asOf: asOf)
        var sections: [ReportSection] = []
        for section in Report.sections(of: data) {
            let measures = data.measures
                .filter { $0.section == section.number }
                .compactMap { Report.row(for: $0, source: source, tally: &tally) }
            if schoolID != nil && measures.isEmpty { continue }
            let printed = ReportSection(number: section.number, title: section.title, measures: measures)
            tally.endSection(printed.caption)
            sections.append(printed)
        }
        let overdue = source.overdue()
        self.init(
            heading: ReportHeading.heading(for: roadmap.title, period: roadmap.period, asOf: asOf),
            issuer: roadmap.order?.issuer,
            municipality: roadmap.municipality,
            periodText: ReportWording.period(roadmap.period),
            order: roadmap.order.map(ReportHeading.approval),
            school: school,
            asOf: asOf,
            isFinal: ReportHeading.isFinal(period: roadmap.period, asOf: asOf),
            sections: sections,
            summary: tally.summary(schools: school.map { [$0] } ?? data.schools, overdue: overdue),
            requisites: roadmap.requisites,
            text: text,
            schools: school.map { [$0] } ?? data.schools.filter { $0.isActive(on: asOf) }
        )
    }

    /// The roadmap's sections, plus any section a measure names that the
    /// roadmap does not list, so no measure is ever left out of the report.
    static func sections(of data: RoadmapData) -> [Section] {
        var result = data.roadmap.sections
        for measure in data.measures where !result.contains(where: { $0.number == measure.section }) {
            result.append(Section(number: measure.section, title: "(раздел не описан)"))
        }
        return result
    }

    /// A measure's row, its entries counted into `tally`; nil when a
    /// school's report meets a measure that school does not carry out.
    static func row(for measure: Measure, source: ReportEntrySource, tally: inout ReportSummary.Tally) -> ReportMeasure? {
        let deadline = source.schedule.deadline(of: measure)
        if source.school != nil && !measure.scope.isPerSchool { return nil }
        var counts = StatusCounts()
        var first: ReportEntrySource.Facts?
        var namesSchools = false
        source.forEachOccurrence(of: measure, withNotes: false) { facts in
            if first == nil { first = facts }
            if facts.occurrence.school != nil { namesSchools = true }
            counts.add(facts.standing)
            tally.add(facts)
        }
        if source.school != nil && counts.total == 0 { return nil }
        let mark: String
        switch (counts.total, first) {
        case (0, _), (_, nil): mark = ReportWording.noSchools
        case (1, var only?):
            // The one entry's mark quotes its note, left out of the count.
            only.record = source.entry(of: only.occurrence.key)
            mark = source.entry(for: only, of: deadline).mark
        default: mark = ReportWording.tally(counts)
        }
        return ReportMeasure(measure: measure, deadline: deadline, mark: mark, entryCount: counts.total,
                             namesSchools: namesSchools, source: source)
    }
}
