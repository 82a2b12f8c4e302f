import RoadmapModel
import RoadmapStore

/// Done out of due-or-not occurrences (cancelled ones count for neither).
public struct Tally: Hashable, Sendable {
    public var done = 0
    public var total = 0

    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }

    static func + (a: Tally, b: Tally) -> Tally { Tally(done: a.done + b.done, total: a.total + b.total) }
    static func - (a: Tally, b: Tally) -> Tally { Tally(done: a.done - b.done, total: a.total - b.total) }
}

/// Everything derived from the data and the as-of date alone. Computed in
/// full when the as-of date changes and, after a mark, only for the marked
/// measure — never while rendering, so moving around 2,000 schools and
/// marking stay cheap.
public struct Summary: Sendable {
    /// Every overdue occurrence, longest overdue first.
    public private(set) var overdue: [OverdueItem] = []
    public private(set) var overall = Tally()
    /// Every occurrence by the model's `Standing`: the header's ✓ ▓ ! are
    /// `done`, `inProgress` and `overdue` of it, the same numbers the
    /// report's totals and `roadmap list` give.
    public private(set) var counts = StatusCounts()
    public var doneCount: Int { counts.done }
    public var inProgressCount: Int { counts.inProgress }
    /// Per measure id, one status per window (one entry when it has no
    /// window), all schools combined.
    public private(set) var combined: [String: [ShownStatus]] = [:]

    private let schools: SchoolTable
    /// Per school, in the order of `data.schools`.
    private var tallies: [Tally]
    private var lateCounts: [Int]
    private var parts: [String: MeasureSummary] = [:]
    /// Measure ids in numbering order («2.9» before «2.10»), for merging.
    private var rank: [String: Int] = [:]

    public init(data: RoadmapData, schedule: Schedule, asOf: Day) {
        self.init(data: data, indexed: nil, schedule: schedule, asOf: asOf)
    }

    /// `indexed`: the records are the index's (`data` holds the plan alone),
    /// their statuses read from its entries by position.
    init(data: RoadmapData, indexed: IndexedProgress?, schedule: Schedule, asOf: Day) {
        schools = SchoolTable(data.schools)
        tallies = Array(repeating: Tally(), count: schools.count)
        lateCounts = Array(repeating: 0, count: schools.count)
        let ids = data.measures.map(\.id).sorted { $0.compare(numbering: $1) }
        rank = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // One pass over the progress files gives every record's status as
        // of the day; the overdue engine reads them from there and returns
        // the items in the pane's order, so nothing is sorted again here.
        let marks = indexed.map {
            MeasureMarks.all(indexed: $0, data: data, schedule: schedule, schools: schools, asOf: asOf)
        } ?? MeasureMarks.all(data: data, schedule: schedule, schools: schools, asOf: asOf)
        // The few municipal occurrences are looked up by key.
        let municipal: @Sendable (ProgressKey) -> Status = { key in
            (indexed.map { $0.record(key) } ?? data.record(key))?.status(asOf: asOf) ?? .planned
        }
        let all = MeasureMarks.overdue(marks, data: data, schedule: schedule, asOf: asOf, municipal: municipal)
        let table = schools
        let parts = Parallel.map(data.measures) { measure in
            MeasureSummary(measure, marks: marks[measure.id], municipal: municipal, schedule: schedule,
                           schools: table, asOf: asOf)
        }
        for (measure, part) in zip(data.measures, parts) { add(part, measure.id) }
        overdue = all
    }

    public var overdueCount: Int { overdue.count }

    /// Done out of due-or-not per school id (schools with nothing to count left out).
    public var progressBySchool: [String: Tally] {
        Dictionary(uniqueKeysWithValues: zip(schools.ids, tallies).filter { $0.1.total > 0 })
    }

    /// Late occurrences per school id (schools with none left out).
    public var overdueBySchool: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(schools.ids, lateCounts).filter { $0.1 != 0 })
    }

    public func progress(ofSchool id: String) -> Tally { schools.index[id].map { tallies[$0] } ?? Tally() }

    public func overdueCount(ofSchool id: String) -> Int { schools.index[id].map { lateCounts[$0] } ?? 0 }

    /// After marks: recounts only the measures whose progress changed.
    mutating func refresh(measures ids: Set<String>, data: RoadmapData, schedule: Schedule, asOf: Day) {
        var fresh: [OverdueItem] = []
        for id in ids {
            if let old = parts[id] { subtract(old) }
            guard let measure = data.measure(id) else { continue }
            let late = MeasureSummary.overdue(of: measure, data: data, schedule: schedule, asOf: asOf)
            let marks = measure.scope.isPerSchool
                ? MeasureMarks.one(measure, data: data, schedule: schedule, schools: schools, asOf: asOf) : nil
            let part = MeasureSummary(measure, marks: marks, municipal: { data.status(of: $0, asOf: asOf) },
                                      schedule: schedule, schools: schools, asOf: asOf)
            add(part, id)
            fresh += late
        }
        overdue.removeAll { ids.contains($0.measure.id) }
        // One marked measure's items come in order already; several are
        // sorted together before they are merged in.
        overdue = merge(overdue, ids.count > 1 ? fresh.sorted(by: longestFirst) : fresh)
    }

    private mutating func add(_ part: MeasureSummary, _ id: String) {
        parts[id] = part
        combined[id] = part.combined
        counts = counts + part.counts
        overall = overall + part.overall
        for (school, tally) in part.tallies { tallies[school] = tallies[school] + tally }
        for (school, count) in part.lateCounts { lateCounts[school] += count }
    }

    private mutating func subtract(_ part: MeasureSummary) {
        counts = counts - part.counts
        overall = overall - part.overall
        for (school, tally) in part.tallies { tallies[school] = tallies[school] - tally }
        for (school, count) in part.lateCounts { lateCounts[school] -= count }
    }

    /// The order of `Overdue.items` (longest overdue, then measure number,
    /// then school), needed only to merge a marked measure's items back
    /// into the list — with the numbering compared once, not per pair.
    private func longestFirst(_ a: OverdueItem, _ b: OverdueItem) -> Bool {
        if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
        let ra = rank[a.measure.id] ?? 0, rb = rank[b.measure.id] ?? 0
        if ra != rb { return ra < rb }
        return (a.school?.shortName ?? "") < (b.school?.shortName ?? "")
    }

    private func merge(_ a: [OverdueItem], _ b: [OverdueItem]) -> [OverdueItem] {
        var result: [OverdueItem] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if longestFirst(b[j], a[i]) { result.append(b[j]); j += 1 } else { result.append(a[i]); i += 1 }
        }
        result += a[i...]
        result += b[j...]
        return result
    }

    /// A measure's windows as the timeline draws them: `[nil]` when it has none.
    static func windows(of measure: Measure, schedule: Schedule) -> [DateWindow?] {
        let windows = schedule.deadline(of: measure).windows
        return windows.isEmpty ? [nil] : windows
    }
}
