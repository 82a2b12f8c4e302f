import RoadmapModel

/// Done out of due-or-not occurrences (cancelled ones count for neither).
public struct Tally: Hashable, Sendable {
    public var done = 0
    public var total = 0

    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }
}

/// Everything derived from the data and the as-of date alone. Computed when
/// either changes (a mark, `[`/`]`/`t`), never while rendering, so moving
/// around 2,000 schools stays cheap.
public struct Summary: Sendable {
    /// Every overdue occurrence, longest overdue first.
    public var overdue: [OverdueItem] = []
    public var overdueBySchool: [String: Int] = [:]
    public var progressBySchool: [String: Tally] = [:]
    public var overall = Tally()
    public var doneCount = 0
    public var inProgressCount = 0
    /// Per measure id, one status per window (one entry when it has no
    /// window), all schools combined.
    public var combined: [String: [ShownStatus]] = [:]

    public init(data: RoadmapData, schedule: Schedule, asOf: Day) {
        for measure in data.measures { add(measure, data: data, schedule: schedule, asOf: asOf) }
        overdue = Overdue.items(in: data, schedule: schedule, query: OverdueQuery(asOf: asOf))
    }

    public var overdueCount: Int { overdue.count }

    private mutating func add(_ measure: Measure, data: RoadmapData, schedule: Schedule, asOf: Day) {
        let windows = Summary.windows(of: measure, schedule: schedule)
        let index = Dictionary(windows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var perWindow = Array(repeating: [ShownStatus](), count: windows.count)
        for occurrence in schedule.occurrences(of: measure, in: data) {
            let status = data.status(of: occurrence.key)
            let shown = ShownStatus(status, window: occurrence.window, asOf: asOf)
            if let i = index[occurrence.window] { perWindow[i].append(shown) }
            count(shown, status: status, school: occurrence.school)
        }
        combined[measure.id] = zip(windows, perWindow).map { window, shown in
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
        overall.total += 1
        if status == .done { overall.done += 1 }
        if let school {
            progressBySchool[school, default: Tally()].total += 1
            if status == .done { progressBySchool[school, default: Tally()].done += 1 }
        }
    }

    /// A measure's windows as the timeline draws them: `[nil]` when it has none.
    static func windows(of measure: Measure, schedule: Schedule) -> [DateWindow?] {
        let windows = schedule.deadline(of: measure).windows
        return windows.isEmpty ? [nil] : windows
    }
}
