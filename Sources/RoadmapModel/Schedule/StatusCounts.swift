/// How the occurrences of a measure (or of anything) stand on a date,
/// counted by `Standing`: every occurrence in exactly one field, so
/// `done + inProgress + notDone + cancelled + planned + overdue == total`.
public struct StatusCounts: Hashable, Sendable {
    public var total = 0
    public var done = 0
    /// In progress and not late: one past its window counts as `overdue`.
    public var inProgress = 0
    /// Marked not done, not late.
    public var notDone = 0
    public var cancelled = 0
    /// Nothing marked, not late.
    public var planned = 0
    /// Not closed and due before the as-of date, whatever its status.
    public var overdue = 0

    public init() {}

    public mutating func add(_ standing: Standing) {
        total += 1
        switch standing {
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .notDone: notDone += 1
        case .cancelled: cancelled += 1
        case .planned: planned += 1
        case .overdue: overdue += 1
        }
    }

    public static func + (a: StatusCounts, b: StatusCounts) -> StatusCounts {
        var c = a
        c.total += b.total; c.done += b.done; c.inProgress += b.inProgress; c.notDone += b.notDone
        c.cancelled += b.cancelled; c.planned += b.planned; c.overdue += b.overdue
        return c
    }

    public static func - (a: StatusCounts, b: StatusCounts) -> StatusCounts {
        var c = a
        c.total -= b.total; c.done -= b.done; c.inProgress -= b.inProgress; c.notDone -= b.notDone
        c.cancelled -= b.cancelled; c.planned -= b.planned; c.overdue -= b.overdue
        return c
    }
}

extension Schedule {
    /// Counts a measure's occurrences on a date, optionally for one school.
    public func counts(of measure: Measure, in data: RoadmapData, asOf: Day, school: String? = nil) -> StatusCounts {
        var counts = StatusCounts()
        for occurrence in occurrences(of: measure, in: data) {
            if let school, occurrence.school != school { continue }
            counts.add(standing(of: occurrence, in: data, asOf: asOf))
        }
        return counts
    }

    /// Where one occurrence stands on a date (a «выполнено» dated later
    /// does not count yet).
    public func standing(of occurrence: Occurrence, in data: RoadmapData, asOf: Day) -> Standing {
        Standing(data.status(of: occurrence.key, asOf: asOf), due: occurrence.due, asOf: asOf)
    }

    public func isOverdue(_ occurrence: Occurrence, status: Status, asOf: Day) -> Bool {
        Standing.isLate(status, due: occurrence.due, asOf: asOf)
    }
}
