/// Where one occurrence stands on a date: exactly one of these, so counts
/// by standing add up to the number of occurrences. The dashboard header,
/// the report's totals and rows and `roadmap list` all count by it, so an
/// occurrence is never «выполняется» in one of them and «просрочено» in
/// another.
public enum Standing: String, Hashable, Sendable, CaseIterable {
    case done
    case cancelled
    /// Not closed and its window ended before the date, whatever else was
    /// marked: «выполняется» past the deadline is late.
    case overdue
    /// The open ones whose window has not ended (or that have no dates).
    case inProgress
    case notDone
    case planned

    public init(_ status: Status, due: Day?, asOf: Day) {
        if Standing.isLate(status, due: due, asOf: asOf) { self = .overdue; return }
        switch status {
        case .done: self = .done
        case .cancelled: self = .cancelled
        case .inProgress: self = .inProgress
        case .notDone: self = .notDone
        case .planned: self = .planned
        }
    }

    /// The overdue rule: the window ended before the date and the
    /// occurrence is neither done nor cancelled.
    @inlinable
    public static func isLate(_ status: Status, due: Day?, asOf: Day) -> Bool {
        guard let due else { return false }
        return due < asOf && !status.isClosed
    }

    /// The status in words with lateness where a row has room for both:
    /// «выполняется, просрочено», «не выполнено, просрочено»; a late
    /// occurrence nobody marked is «запланировано, просрочено».
    public func words(for status: Status) -> String {
        self == .overdue ? "\(status.russian), \(Standing.overdueWord)" : status.russian
    }

    public static let overdueWord = "просрочено"

    /// The group's word, as the report's totals head their columns.
    public var russian: String {
        switch self {
        case .done: return "выполнено"
        case .cancelled: return "отменено"
        case .overdue: return Standing.overdueWord
        case .inProgress: return "выполняется"
        case .notDone: return "не выполнено"
        case .planned: return "запланировано"
        }
    }
}
