import RoadmapModel

extension Report {
    /// The report on a date, for the whole roadmap or for one school. A
    /// school's report holds only the measures that school carries out;
    /// municipal measures belong to the department's report.
    public init(data: RoadmapData, schedule: Schedule, asOf: Day, school schoolID: String? = nil,
                text: ReportText = ReportText()) {
        let roadmap = data.roadmap
        let school = schoolID.flatMap(data.school)
        let schools = SchoolLookup(data.schools)
        var sections: [ReportSection] = []
        for section in Report.sections(of: data) {
            let measures = data.measures
                .filter { $0.section == section.number }
                .compactMap { Report.row(for: $0, data: data, schools: schools, schedule: schedule, asOf: asOf, school: schoolID) }
            if schoolID != nil && measures.isEmpty { continue }
            sections.append(ReportSection(number: section.number, title: section.title, measures: measures))
        }
        let overdue = Overdue.items(in: data, schedule: schedule, query: OverdueQuery(asOf: asOf, school: schoolID))
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
            summary: ReportSummary.make(sections: sections, schools: school.map { [$0] } ?? data.schools,
                                        overdue: overdue, asOf: asOf),
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

    /// A measure's row with its entries; nil when a school's report meets a
    /// measure that school does not carry out.
    static func row(for measure: Measure, data: RoadmapData, schools: SchoolLookup, schedule: Schedule, asOf: Day,
                    school: String?) -> ReportMeasure? {
        let deadline = schedule.deadline(of: measure)
        if school != nil && !measure.scope.isPerSchool { return nil }
        let occurrences = schedule.occurrences(of: measure, in: data).filter { school == nil || $0.school == school }
        if school != nil && occurrences.isEmpty { return nil }
        let several = deadline.windows.count > 1
        let entries = occurrences.map { occurrence in
            entry(for: occurrence, of: deadline, data: data, schools: schools, asOf: asOf,
                  namingSchool: school == nil, namingWindow: several)
        }
        var counts = StatusCounts()
        for entry in entries { counts.add(entry.standing) }
        let mark: String
        switch entries.count {
        case 0: mark = ReportWording.noSchools
        case 1: mark = entries[0].mark
        default: mark = ReportWording.tally(counts)
        }
        return ReportMeasure(measure: measure, deadline: deadline, entries: entries, mark: mark)
    }

    static func entry(for occurrence: Occurrence, of deadline: Deadline, data: RoadmapData, schools: SchoolLookup,
                      asOf: Day, namingSchool: Bool, namingWindow: Bool) -> ReportEntry {
        // The справка is dated: a «выполнено» with a later day done is not
        // done yet as of that date, and its note and day are not shown.
        let record = data.entry(of: occurrence.key, asOf: asOf)
        let status = record?.status ?? .planned
        let school = occurrence.school.flatMap { schools[$0] }
        var label: [String] = []
        if namingSchool, let school { label.append(school.school.name) }
        if namingWindow, let window = occurrence.window {
            let period = ReportWording.occurrence(window, recurrence: deadline.recurrence, terms: data.roadmap.terms,
                                                  termEnds: data.roadmap.deadlineContext.termEnds)
            // The cell's own name first: «предварительный отчёт (10.06.2022)».
            label.append(deadline.name(of: window).map { "\($0) (\(period))" } ?? period)
        }
        let standing = Standing(status, due: occurrence.due, asOf: asOf)
        return ReportEntry(
            key: occurrence.key, school: school, window: occurrence.window, status: status,
            standing: standing, note: record?.note, doneOn: record?.doneOn,
            daysOverdue: standing == .overdue ? occurrence.window.map { $0.end.days(until: asOf) } : nil,
            mark: ReportWording.mark(status: status, note: record?.note, doneOn: record?.doneOn,
                                     window: occurrence.window, deadline: deadline.kind, asOf: asOf),
            label: label.joined(separator: ", "))
    }
}
