import RoadmapModel

/// What an occurrence shows on screen as of a date: the stored status plus
/// the calendar (a planned occurrence whose window ended is overdue).
/// Every case has its own role *and* its own glyph, so colour is never the
/// only meaning.
public enum ShownStatus: String, Hashable, Sendable, CaseIterable {
    case overdue
    case inProgress
    case notDone
    case upcoming
    case done
    case cancelled
    case unscheduled

    public init(_ status: Status, window: DateWindow?, asOf: Day) {
        self.init(Standing(status, due: window?.end, asOf: asOf), window: window)
    }

    /// The model's standing, with an unmarked occurrence told apart by
    /// whether it has dates at all.
    public init(_ standing: Standing, window: DateWindow?) {
        switch standing {
        case .done: self = .done
        case .cancelled: self = .cancelled
        case .overdue: self = .overdue
        case .inProgress: self = .inProgress
        case .notDone: self = .notDone
        case .planned: self = window == nil ? .unscheduled : .upcoming
        }
    }

    /// One status for an occurrence kept per school, seen for all schools
    /// at once: anything late makes it late; it is done only when every
    /// school closed it.
    public static func combined(_ statuses: [ShownStatus]) -> ShownStatus {
        guard !statuses.isEmpty else { return .upcoming }
        let set = Set(statuses)
        if set.contains(.overdue) { return .overdue }
        if set == [.cancelled] { return .cancelled }
        if set.isSubset(of: [.done, .cancelled]) { return .done }
        if set.contains(.inProgress) || set.contains(.done) { return .inProgress }
        if set.contains(.notDone) { return .notDone }
        if set == [.unscheduled] { return .unscheduled }
        return .upcoming
    }

    public var role: Role {
        switch self {
        case .overdue: return .overdue
        case .inProgress: return .inProgress
        case .notDone: return .notDone
        case .upcoming: return .upcoming
        case .done: return .done
        case .cancelled: return .cancelled
        case .unscheduled: return .unscheduled
        }
    }

    /// Single-width glyphs that stay distinct on a monochrome terminal.
    public var glyph: Character {
        switch self {
        case .overdue: return "!"
        case .inProgress: return "▓"
        case .notDone: return "✗"
        case .upcoming: return "░"
        case .done: return "✓"
        case .cancelled: return "×"
        case .unscheduled: return "·"
        }
    }

    public var russian: String {
        switch self {
        case .overdue: return "просрочено"
        case .inProgress: return "выполняется"
        case .notDone: return "не выполнено"
        case .upcoming: return "предстоит"
        case .done: return "выполнено"
        case .cancelled: return "отменено"
        case .unscheduled: return "без срока"
        }
    }
}
