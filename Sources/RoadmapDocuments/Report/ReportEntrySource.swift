import RoadmapModel

/// Where a report's entries come from: the data, the schedule and the date,
/// shared by every row of one report. The rows ask it for their entries
/// when a writer reaches them, so the whole table never sits in memory.
final class ReportEntrySource: Sendable {
    let data: RoadmapData
    let schedule: Schedule
    let schools: SchoolLookup
    let asOf: Day
    /// Set when the report is about one school only.
    let school: String?

    init(data: RoadmapData, schedule: Schedule, asOf: Day, school: String?) {
        self.data = data
        self.schedule = schedule
        self.schools = SchoolLookup(data.schools)
        self.asOf = asOf
        self.school = school
    }

    /// What the totals need of one occurrence, without the words printed for it.
    struct Facts {
        var occurrence: Occurrence
        var record: HistoryEntry?
        var status: Status
        var standing: Standing
    }

    /// The measure's occurrences in the report (the school's only, when it
    /// is about one school), each with its record as of the date.
    func forEachOccurrence(of measure: Measure, _ body: (Facts) -> Void) {
        for occurrence in schedule.occurrences(of: measure, in: data) where school == nil || occurrence.school == school {
            // The справка is dated: a «выполнено» with a later day done is not
            // done yet as of that date, and its note and day are not shown.
            let record = data.entry(of: occurrence.key, asOf: asOf)
            let status = record?.status ?? .planned
            body(Facts(occurrence: occurrence, record: record, status: status,
                       standing: Standing(status, due: occurrence.due, asOf: asOf)))
        }
    }

    func entries(of measure: Measure, deadline: Deadline) -> [ReportEntry] {
        var entries: [ReportEntry] = []
        forEachOccurrence(of: measure) { entries.append(entry(for: $0, of: deadline)) }
        return entries
    }

    func entry(for facts: Facts, of deadline: Deadline) -> ReportEntry {
        let occurrence = facts.occurrence
        let school = occurrence.school.flatMap { schools[$0] }
        var label: [String] = []
        if self.school == nil, let school { label.append(school.school.name) }
        if deadline.windows.count > 1, let window = occurrence.window {
            let period = ReportWording.occurrence(window, recurrence: deadline.recurrence, terms: data.roadmap.terms,
                                                  termEnds: data.roadmap.deadlineContext.termEnds)
            // The cell's own name first: «предварительный отчёт (10.06.2022)».
            label.append(deadline.name(of: window).map { "\($0) (\(period))" } ?? period)
        }
        let record = facts.record
        return ReportEntry(
            key: occurrence.key, school: school, window: occurrence.window, status: facts.status,
            standing: facts.standing, note: record?.note, doneOn: record?.doneOn,
            daysOverdue: facts.standing == .overdue ? occurrence.window.map { $0.end.days(until: asOf) } : nil,
            mark: ReportWording.mark(status: facts.status, note: record?.note, doneOn: record?.doneOn,
                                     window: occurrence.window, deadline: deadline.kind, asOf: asOf),
            label: label.joined(separator: ", "))
    }
}
