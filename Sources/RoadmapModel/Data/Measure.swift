/// One measure («мероприятие») of the roadmap.
public struct Measure: Hashable, Sendable {
    /// The number without its trailing dot («2.10», «1»); unique, used on
    /// the command line.
    public var id: String
    /// The number exactly as printed («1.1.», «2.10»).
    public var number: String
    /// Number of the section it belongs to.
    public var section: String
    public var title: String
    /// The deadline cell exactly as printed.
    public var deadline: String
    public var responsible: [String]
    public var result: String?
    public var scope: MeasureScope
    public var notes: String?

    public init(id: String, number: String, section: String, title: String, deadline: String,
                responsible: [String] = [], result: String? = nil,
                scope: MeasureScope = .municipal, notes: String? = nil) {
        self.id = id
        self.number = number
        self.section = section
        self.title = title
        self.deadline = deadline
        self.responsible = responsible
        self.result = result
        self.scope = scope
        self.notes = notes
    }
}

/// Who carries a measure out, and so whose status is kept.
public enum MeasureScope: Hashable, Sendable {
    /// The municipality as a whole: one status.
    case municipal
    /// Every school in the programme: a status per school.
    case everySchool
    /// Only these schools (ids): a status per school.
    case schools([String])

    public var isPerSchool: Bool {
        if case .municipal = self { return false }
        return true
    }
}

extension String {
    /// «18.» as the documents number a measure, «18» where a colon follows
    /// («18: выполнено»), so the punctuation is not doubled.
    public var withoutFinalDot: String { hasSuffix(".") ? String(dropLast()) : self }
}
