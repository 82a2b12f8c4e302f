import RoadmapModel

/// Where a report's entries come from: the plan, the records (in the data,
/// or in a table of each record's entry on the date), the schedule and the
/// date, shared by every row of one report. The rows ask it for their
/// entries when a writer reaches them, so the whole table never sits in memory.
final class ReportEntrySource: Sendable {
    let data: RoadmapData
    /// When set, the records' entries as of `asOf`; the data is then the plan.
    let entries: EntryTable?
    let schedule: Schedule
    let schools: SchoolLookup
    let asOf: Day
    /// Set when the report is about one school only.
    let school: String?

    init(data: RoadmapData, entries: EntryTable?, schedule: Schedule, asOf: Day, school: String?) {
        precondition(entries.map { $0.choice == .asOf(asOf) } ?? true, "the table is not as of the report's date")
        self.data = data
        self.entries = entries
        self.schedule = schedule
        self.schools = SchoolLookup(data.schools)
        self.asOf = asOf
        self.school = school
    }

    /// What the totals need of one occurrence, without the words printed for it.
    struct Facts {
        var occurrence: Occurrence
        var record: EntryTable.Entry?
        var status: Status
        var standing: Standing
    }

    /// The measure's occurrences in the report (the school's only, when it
    /// is about one school), each with its record as of the date; without
    /// `withNotes`, the records' notes are left out (the totals need none).
    func forEachOccurrence(of measure: Measure, withNotes: Bool = true, _ body: (Facts) -> Void) {
        schedule.forEachOccurrence(of: measure, in: data) { occurrence in
            guard school == nil || occurrence.school == school else { return }
            // The справка is dated: a «выполнено» with a later day done is not
            // done yet as of that date, and its note and day are not shown.
            let record = entry(of: occurrence.key, withNote: withNotes)
            let status = record?.status ?? .planned
            body(Facts(occurrence: occurrence, record: record, status: status,
                       standing: Standing(status, due: occurrence.due, asOf: asOf)))
        }
    }

    /// The entry a record stands at on the date.
    func entry(of key: ProgressKey, withNote: Bool = true) -> EntryTable.Entry? {
        if let entries { return entries.entry(of: key, withNote: withNote) }
        return data.entry(of: key, asOf: asOf).map(EntryTable.Entry.init)
    }

    /// Late occurrences on the date, longest late first.
    func overdue() -> [OverdueItem] {
        let query = OverdueQuery(asOf: asOf, school: school)
        guard let entries else { return Overdue.items(in: data, schedule: schedule, query: query) }
        return Overdue.items(plan: data, entries: entries, schedule: schedule, query: query)
    }

    func entry(for facts: Facts, of deadline: Deadline) -> ReportEntry {
        let occurrence = facts.occurrence
        let school = occurrence.school.flatMap { schools[$0] }
        var label: [String] = []
        if self.school == nil, let school { label.append(school.value.name) }
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
