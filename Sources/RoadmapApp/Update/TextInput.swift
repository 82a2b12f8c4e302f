/// Keys while the one-line editor is open: they edit text (Russian letters
/// are text here, not hotkeys) until Enter or Esc.
enum TextInput {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        edit(&state) { $0.handle(key) }
    }

    /// Pasted text goes in where the cursor is; a line break in it is a
    /// space, never Enter.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect] {
        edit(&state) { editor in
            editor.paste(text)
            return .editing
        }
    }

    private static func edit(_ state: inout AppState, _ change: (inout LineEditor) -> LineEditor.Outcome) -> [Effect] {
        switch state.input {
        case .none:
            return []
        case .note(var draft):
            switch change(&draft.editor) {
            case .editing:
                state.modal = .input(.note(draft))
            case .submit(let text):
                state.modal = .none
                // The editor opened with the note there was: what is left is the note, empty or not.
                return Marking.apply(.done, note: text, to: draft.keys, &state)
            case .cancel:
                state.modal = .none
                state.message = StatusMessage("отметка отменена")
            }
        case .search(var editor):
            let outcome = change(&editor)
            state.modal = outcome == .editing ? .input(.search(editor)) : .none
            let text = outcome == .cancel ? "" : editor.text
            state.setFilters { $0.search = text }
        case .responsible(var editor):
            let outcome = change(&editor)
            state.modal = outcome == .editing ? .input(.responsible(editor)) : .none
            let text = outcome == .cancel ? "" : editor.text
            state.setFilters { $0.responsible = text }
        }
        return []
    }
}
