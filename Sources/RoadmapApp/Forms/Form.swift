import RoadmapModel

/// What a form is for, and so what saving it does.
public enum FormPurpose: Hashable, Sendable {
    case newMeasure(after: String?)
    case editMeasure(String)
    case newSchool
    case editSchool(String)
    case newSection(after: String?)
    case editSection(String)
    case editRequisites
}

/// An open editing form: its fields, the focused one, and the problems the
/// last attempt to save found.
public struct Form: Hashable, Sendable {
    public var purpose: FormPurpose
    public var title: String
    public var fields: [FormField]
    public var focused = 0
    public var problems: [FieldProblem] = []
    /// Esc on a changed form asks first; a second Esc leaves.
    public var confirmingCancel = false
    /// The number a new measure's form proposed. While the number field
    /// still holds it, choosing another section proposes that section's
    /// number instead; a number the user typed is kept.
    public var proposedNumber: String?
    /// The values as the form opened, to tell whether anything changed.
    private var opened: [String]

    public init(_ purpose: FormPurpose, title: String, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.opened = fields.map(\.value)
        focused = fields.firstIndex { !$0.hidden } ?? 0
    }

    public var isChanged: Bool { fields.map(\.value) != opened }

    public var focusedField: FormField { fields[focused] }

    public func field(_ id: EditField) -> FormField? { fields.first { $0.id == id } }

    public func text(_ id: EditField) -> String { field(id)?.text ?? "" }

    public func index(_ id: EditField) -> Int { field(id)?.index ?? 0 }

    public func problems(of id: EditField) -> [FieldProblem] { problems.filter { $0.field == id } }

    mutating func update(_ id: EditField, _ change: (inout FormField) -> Void) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        change(&fields[i])
    }

    /// Tab and ↓ go forward, Shift-Tab and ↑ back, over hidden fields, round.
    mutating func move(by step: Int) {
        var i = focused
        for _ in fields.indices {
            i = (i + step + fields.count) % fields.count
            if !fields[i].hidden { focused = i; return }
        }
    }

    mutating func focus(_ id: EditField) {
        if let i = fields.firstIndex(where: { $0.id == id && !$0.hidden }) { focused = i }
    }
}
