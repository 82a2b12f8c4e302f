import RoadmapModel

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
    public private(set) var overdueBySchool: [String: Int] = [:]
    public private(set) var progressBySchool: [String: Tally] = [:]
    public private(set) var overall = Tally()
    public private(set) var doneCount = 0
    public private(set) var inProgressCount = 0
    /// Per measure id, one status per window (one entry when it has no
    /// window), all schools combined.
    public private(set) var combined: [String: [ShownStatus]] = [:]

    private var parts: [String: MeasureSummary] = [:]
    /// Measure ids in numbering order («2.9» before «2.10»), for sorting.
    private var rank: [String: Int] = [:]

    public init(data: RoadmapData, schedule: Schedule, asOf: Day) {
        let ids = data.measures.map(\.id).sorted { $0.compare(numbering: $1) }
        rank = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var items: [OverdueItem] = []
        for measure in data.measures {
            let part = MeasureSummary(measure, data: data, schedule: schedule, asOf: asOf)
            add(part, measure.id)
            items += part.overdue
        }
        overdue = items.sorted(by: longestFirst)
    }

    public var overdueCount: Int { overdue.count }

    /// After marks: recounts only the measures whose progress changed.
    mutating func refresh(measures ids: Set<String>, data: RoadmapData, schedule: Schedule, asOf: Day) {
        var fresh: [OverdueItem] = []
        for id in ids {
            if let old = parts[id] { subtract(old) }
            guard let measure = data.measure(id) else { continue }
            let part = MeasureSummary(measure, data: data, schedule: schedule, asOf: asOf)
            add(part, id)
            fresh += part.overdue
        }
        overdue.removeAll { ids.contains($0.measure.id) }
        overdue = merge(overdue, fresh.sorted(by: longestFirst))
    }

    private mutating func add(_ part: MeasureSummary, _ id: String) {
        parts[id] = part
        combined[id] = part.combined
        doneCount += part.doneCount
        inProgressCount += part.inProgressCount
        overall = overall + part.overall
        progressBySchool.merge(part.progressBySchool, uniquingKeysWith: +)
        overdueBySchool.merge(part.overdueBySchool, uniquingKeysWith: +)
    }

    private mutating func subtract(_ part: MeasureSummary) {
        doneCount -= part.doneCount
        inProgressCount -= part.inProgressCount
        overall = overall - part.overall
        for (school, tally) in part.progressBySchool { progressBySchool[school] = progressBySchool[school, default: Tally()] - tally }
        for (school, count) in part.overdueBySchool { overdueBySchool[school, default: 0] -= count }
    }

    /// The order of `Overdue.items`: longest overdue, then measure number,
    /// then school — with the numbering compared once, not per pair.
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

/// One measure's share of the summary, kept so a mark recounts one measure.
struct MeasureSummary: Sendable {
    var overdue: [OverdueItem]
    var progressBySchool: [String: Tally] = [:]
    var overdueBySchool: [String: Int] = [:]
    var overall = Tally()
    var doneCount = 0
    var inProgressCount = 0
    var combined: [ShownStatus] = []

    init(_ measure: Measure, data: RoadmapData, schedule: Schedule, asOf: Day) {
        // The overdue engine of the model decides what is late; it is given
        // this measure alone.
        var single = data
        single.measures = [measure]
        overdue = Overdue.items(in: single, schedule: schedule, query: OverdueQuery(asOf: asOf))
        let windows = Summary.windows(of: measure, schedule: schedule)
        let index = Dictionary(windows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var perWindow = Array(repeating: [ShownStatus](), count: windows.count)
        for occurrence in schedule.occurrences(of: measure, in: data) {
            let status = data.status(of: occurrence.key)
            let shown = ShownStatus(status, window: occurrence.window, asOf: asOf)
            if let i = index[occurrence.window] { perWindow[i].append(shown) }
            count(shown, status: status, school: occurrence.school)
        }
        combined = zip(windows, perWindow).map { window, shown in
            shown.isEmpty ? (window == nil ? .unscheduled : .upcoming) : ShownStatus.combined(shown)
        }
    }

    private mutating func count(_ shown: ShownStatus, status: Status, school: String?) {
        switch shown {
        case .done: doneCount += 1
        case .inProgress: inProgressCount += 1
        case .overdue: if let school { overdueBySchool[school, default: 0] += 1 }
        default: break
        }
        guard status != .cancelled else { return }
        let tally = Tally(done: status == .done ? 1 : 0, total: 1)
        overall = overall + tally
        if let school { progressBySchool[school] = progressBySchool[school, default: Tally()] + tally }
    }
}
