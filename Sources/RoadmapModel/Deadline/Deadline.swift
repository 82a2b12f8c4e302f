/// How a deadline cell («срок исполнения») was read.
public enum DeadlineKind: String, Hashable, Sendable, CaseIterable {
    /// One or more date windows: «Ноябрь-декабрь 2020 года», «до 30.10.2020».
    case windows
    /// Repeats inside the period: «Ежемесячно», «1 раз в квартал».
    case recurring
    /// The whole period: «Постоянно», «В течение учебного года».
    case continuous
    /// No dates at all: «По отдельному плану».
    case unscheduled
    /// Could not be read: shown as «срок не распознан», never dropped.
    case unrecognized
}

public enum Recurrence: String, Hashable, Sendable, CaseIterable {
    case monthly
    case quarterly
    /// Once per school term («по итогам каждой четверти»).
    case term
    case halfYear = "half-year"
}

/// A deadline as printed plus its interpretation.
///
/// For `recurring` and `continuous` deadlines `windows` lists every
/// occurrence inside the roadmap's period (continuous: one window, the
/// whole span); for `unscheduled` and `unrecognized` it is empty.
public struct Deadline: Hashable, Sendable {
    public var phrase: String
    public var kind: DeadlineKind
    public var recurrence: Recurrence?
    public var windows: [DateWindow]
    /// The bracketed remark, e.g. «по отдельному графику», without brackets.
    public var qualifier: String?
    /// What each window is, as the cell names it («предварительный отчёт»,
    /// «итоговый»), parallel to `windows`; empty when no window is named.
    public var names: [String?]

    public init(phrase: String, kind: DeadlineKind, recurrence: Recurrence? = nil,
                windows: [DateWindow] = [], qualifier: String? = nil, names: [String?] = []) {
        self.phrase = phrase
        self.kind = kind
        self.recurrence = recurrence
        self.windows = windows
        self.qualifier = qualifier
        self.names = names
    }

    public var isRecognized: Bool { kind != .unrecognized }
}

/// What a phrase needs from its roadmap to be read: the period (to give
/// months without a year their year) and the school-term end dates.
public struct DeadlineContext: Hashable, Sendable {
    public var period: Period
    /// Last days of the school terms inside the period, in order.
    public var termEnds: [Day]

    public init(period: Period, termEnds: [Day]? = nil) {
        self.period = period
        self.termEnds = termEnds ?? DeadlineContext.defaultTermEnds(for: period)
    }

    /// Usual Russian term ends when the roadmap names none: end of October,
    /// end of December, end of March, end of May of the academic year. A
    /// calendar-year roadmap gets those falling into its year.
    public static func defaultTermEnds(for period: Period) -> [Day] {
        func ends(academicStart y: Int) -> [Day] {
            [Day.lastOf(month: 10, year: y), Day.lastOf(month: 12, year: y),
             Day.lastOf(month: 3, year: y + 1), Day.lastOf(month: 5, year: y + 1)]
        }
        switch period {
        case .academic(let y):
            return ends(academicStart: y)
        case .calendar(let y):
            return (ends(academicStart: y - 1) + ends(academicStart: y))
                .filter { $0.year == y }
        }
    }
}
