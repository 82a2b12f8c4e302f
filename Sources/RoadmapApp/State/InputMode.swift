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

    public var editor: LineEditor? {
        switch self {
        case .none: return nil
        case .note(let draft): return draft.editor
        case .search(let editor), .responsible(let editor): return editor
        }
    }

    /// The prompt written before the editor.
    public var prompt: String {
        switch self {
        case .none: return ""
        case .note: return "Отметка о выполнении: "
        case .search: return "Поиск: "
        case .responsible: return "Ответственный: "
        }
    }
}

/// A «done» mark waiting for its note.
public struct NoteDraft: Hashable, Sendable {
    public var keys: [ProgressKey]
    public var editor: LineEditor

    public init(keys: [ProgressKey], editor: LineEditor) {
        self.keys = keys
        self.editor = editor
    }
}
