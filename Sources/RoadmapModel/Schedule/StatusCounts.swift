/// How the occurrences of a measure (or of anything) stand on a date.
public struct StatusCounts: Hashable, Sendable {
    public var total = 0
    public var done = 0
    public var inProgress = 0
    public var notDone = 0
    public var cancelled = 0
    public var planned = 0
    /// Not closed and due before the as-of date (counted in the above too).
    public var overdue = 0

    public init() {}

    public mutating func add(_ status: Status, overdue isOverdue: Bool) {
        total += 1
        switch status {
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .notDone: notDone += 1
        case .cancelled: cancelled += 1
        case .planned: planned += 1
        }
        if isOverdue { overdue += 1 }
    }

    public static func + (a: StatusCounts, b: StatusCounts) -> StatusCounts {
        var c = a
        c.total += b.total; c.done += b.done; c.inProgress += b.inProgress; c.notDone += b.notDone
        c.cancelled += b.cancelled; c.planned += b.planned; c.overdue += b.overdue
        return c
    }
}

extension Schedule {
    /// Counts a measure's occurrences on a date, optionally for one school.
    public func counts(of measure: Measure, in data: RoadmapData, asOf: Day, school: String? = nil) -> StatusCounts {
        var counts = StatusCounts()
        for occurrence in occurrences(of: measure, in: data) {
            if let school, occurrence.school != school { continue }
            let status = data.status(of: occurrence.key, asOf: asOf)
            counts.add(status, overdue: isOverdue(occurrence, status: status, asOf: asOf))
        }
        return counts
    }

    public func isOverdue(_ occurrence: Occurrence, status: Status, asOf: Day) -> Bool {
        guard let due = occurrence.due else { return false }
        return due < asOf && !status.isClosed
    }
}
