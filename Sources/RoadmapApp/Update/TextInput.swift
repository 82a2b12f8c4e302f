import RoadmapModel

/// Keys while the one-line editor is open: they edit text (Russian letters
/// are text here, not hotkeys) until Enter or Esc.
enum TextInput {
    /// A key pressed, or text pasted: a paste is typed where the cursor is,
    /// a line break in it a space, never Enter.
    enum Typing {
        case key(Key)
        case paste(String)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        edit(.key(key), &state)
    }

    static func paste(_ text: String, _ state: inout AppState) -> [Effect] {
        edit(.paste(text), &state)
    }

    private static func edit(_ typing: Typing, _ state: inout AppState) -> [Effect] {
        switch state.input {
        case .none:
            return []
        case .note(let draft):
            return NoteInput.edit(typing, draft, &state)
        case .asOf(var field):
            switch field.apply(typing) {
            case .editing: state.modal = .input(.asOf(field))
            case .submit: AsOfDate.typed(field, &state)
            case .cancel: state.modal = .none
            }
        case .search(var editor):
            let outcome = editor.apply(typing)
            state.modal = outcome == .editing ? .input(.search(editor)) : .none
            let text = outcome == .cancel ? "" : editor.text
            state.setFilters { $0.search = text }
        case .responsible(var editor):
            let outcome = editor.apply(typing)
            state.modal = outcome == .editing ? .input(.responsible(editor)) : .none
            let text = outcome == .cancel ? "" : editor.text
            state.setFilters { $0.responsible = text }
        }
        return []
    }
}

extension LineEditor {
    mutating func apply(_ typing: TextInput.Typing) -> Outcome {
        switch typing {
        case .key(let key): return handle(key)
        case .paste(let text):
            paste(text)
            return .editing
        }
    }
}

extension DateField {
    mutating func apply(_ typing: TextInput.Typing) -> LineEditor.Outcome {
        switch typing {
        case .key(let key): return handle(key)
        case .paste(let text):
            paste(text)
            return .editing
        }
    }
}
