import RoadmapModel
extension OverdueIndex {
    /// The overdue list straight from the index: statuses looked up by
    /// position in one table of integers, so no record, history or key
    /// string is ever built for the hundred thousand occurrences that are
    /// not late. Same rows, same order as `Overdue.items` on the JSON data.
    public func overdueItems(query: OverdueQuery) -> [OverdueItem] {
        let table = StatusTable(entries, asOf: query.asOf)
        return Overdue.items(schools: schools, measures: measures, schedule: Schedule(deadlines: deadlines()),
                             query: query) { school, measure, occurrence in
            table.status(school: school, measure: measure, occurrence: occurrence)
        }
    }

    /// Each measure's deadline read against the roadmap, as `Schedule` does.
    func deadlines() -> [String: Deadline] {
        let context = roadmap.deadlineContext
        var result: [String: Deadline] = [:]
        for measure in measures { result[measure.id] = DeadlineParser.parse(measure.deadline, in: context) }
        return result
    }
}

/// Statuses as of one day keyed by (school position, measure position,
/// occurrence day) packed into one integer; absent means planned, as in
/// the data. Built per query, so each record's steps are read once.
struct StatusTable: Sendable {
    private var statuses: [UInt64: Status] = [:]

    init(_ entries: [OverdueIndex.Entry], asOf day: Day) {
        statuses.reserveCapacity(entries.count)
        for entry in entries {
            statuses[Self.pack(Int(entry.school), Int(entry.measure), entry.occurrence)] = entry.status(asOf: day)
        }
    }

    func status(school: Int, measure: Int, occurrence: Day?) -> Status {
        statuses[Self.pack(school, measure, occurrence)] ?? .planned
    }

    /// 24 bits for the school (+1, so municipal is 0), 16 for the measure,
    /// 24 for the day's ordinal (+1, so none is 0): room for 16 million
    /// schools, 65,536 measures and dates up to the year 45,000.
    static func pack(_ school: Int, _ measure: Int, _ occurrence: Day?) -> UInt64 {
        UInt64(truncatingIfNeeded: school + 1) << 40 | UInt64(truncatingIfNeeded: measure & 0xFFFF) << 24
            | UInt64(truncatingIfNeeded: (occurrence?.ordinal ?? -1) + 1) & 0xFF_FFFF
    }
}
