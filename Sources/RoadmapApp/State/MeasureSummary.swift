import RoadmapModel

/// One measure's share of the summary, kept so a mark recounts one measure.
struct MeasureSummary: Sendable {
    /// Per school position (`SchoolTable`), only schools the measure counts for.
    var tallies: [(Int, Tally)] = []
    var lateCounts: [(Int, Int)] = []
    var overall = Tally()
    /// Every occurrence by the model's `Standing`, as the header shows them.
    var counts = StatusCounts()
    var combined: [ShownStatus] = []

    /// `marks`: its per-school statuses as of `asOf` (nil for a municipal
    /// measure, whose few occurrences are looked up by `municipal`, their
    /// status as of `asOf`).
    init(_ measure: Measure, marks: MeasureMarks?, municipal: (ProgressKey) -> Status,
         schedule: Schedule, schools: SchoolTable, asOf: Day) {
        let windows = Summary.windows(of: measure, schedule: schedule)
        guard measure.scope.isPerSchool else {
            let several = windows.count > 1
            combined = windows.map { window in
                let key = ProgressKey(measure: measure.id, occurrence: several ? window?.end : nil)
                let status = municipal(key)
                let standing = Standing(status, due: window?.end, asOf: asOf)
                count(standing, status: status)
                return ShownStatus(standing, window: window)
            }
            return
        }
        let members = schools.members(of: measure.scope)
        var tallyOf = [Tally](repeating: Tally(), count: members.count)
        var lateOf = [Int](repeating: 0, count: members.count)
        combined = windows.enumerated().map { w, window in
            // Which statuses occur, as bits: a set of enums would hash each one.
            var seen: UInt8 = 0
            for (m, school) in members.enumerated() where schools.takesPart(school, in: window) {
                let status = marks?[w, school] ?? .planned
                let standing = Standing(status, due: window?.end, asOf: asOf)
                let shown = ShownStatus(standing, window: window)
                seen |= shown.bit
                count(standing, status: status)
                if shown == .overdue { lateOf[m] += 1 }
                if status != .cancelled { tallyOf[m] = tallyOf[m] + Tally(done: status == .done ? 1 : 0, total: 1) }
            }
            guard seen != 0 else { return window == nil ? .unscheduled : .upcoming }
            return ShownStatus.combined(ShownStatus.allCases.filter { seen & $0.bit != 0 })
        }
        tallies = zip(members, tallyOf).filter { $0.1.total > 0 }
        lateCounts = zip(members, lateOf).filter { $0.1 > 0 }
    }

    /// The overdue engine of the model decides what is late; after a mark
    /// it is given the marked measure alone.
    static func overdue(of measure: Measure, data: RoadmapData, schedule: Schedule, asOf: Day) -> [OverdueItem] {
        var single = data
        single.measures = [measure]
        return Overdue.items(in: single, schedule: schedule, query: OverdueQuery(asOf: asOf))
    }

    /// The totals of the header: every occurrence, municipal ones included.
    private mutating func count(_ standing: Standing, status: Status) {
        counts.add(standing)
        guard status != .cancelled else { return }
        overall = overall + Tally(done: status == .done ? 1 : 0, total: 1)
    }
}

extension ShownStatus {
    /// One bit per case, for counting which statuses occur in a loop.
    var bit: UInt8 {
        switch self {
        case .overdue: return 1
        case .inProgress: return 2
        case .notDone: return 4
        case .upcoming: return 8
        case .done: return 16
        case .cancelled: return 32
        case .unscheduled: return 64
        }
    }
}
