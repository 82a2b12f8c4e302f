import RoadmapModel

/// What the one-line editor at the bottom is being used for, if anything.
public enum InputMode: Hashable, Sendable {
    case none
    /// Marking done waits for the optional completion note; Esc cancels the mark.
    case note(NoteDraft)
    /// `/`: the search over titles, applied as it is typed.
    case search(LineEditor)
    /// `r`: the responsible filter, applied as it is typed.
    case responsible(LineEditor)
    /// `y`: the as-of date, typed; applied on Enter.
    case asOf(DateField)

    /// The editor the keys go to.
    public var editor: LineEditor? {
        switch self {
        case .none: return nil
        case .note(let draft): return draft.onDate ? draft.date.editor : draft.editor
        case .search(let editor), .responsible(let editor): return editor
        case .asOf(let field): return field.editor
        }
    }

    /// The prompt written before the editor.
    public var prompt: String {
        switch self {
        case .none: return ""
        case .note: return "Отметка о выполнении: "
        case .search: return "Поиск: "
        case .responsible: return "Ответственный: "
        case .asOf: return "По состоянию на: "
        }
    }
}

/// A «done» mark waiting for its note and the day it was done.
public struct NoteDraft: Hashable, Sendable {
    public var keys: [ProgressKey]
    /// The completion note.
    public var editor: LineEditor
    /// The day done, proposed as the as-of day looking back, else today.
    public var date: DateField
    /// Tab moves between the note and the date.
    public var onDate = false

    public init(keys: [ProgressKey], editor: LineEditor, date: Day) {
        self.keys = keys
        self.editor = editor
        self.date = DateField(date.russian, proposed: true)
    }
}
