import Foundation

/// Keys while the one-line editor is open: they edit text (Russian letters
/// are text here, not hotkeys) until Enter or Esc.
enum TextInput {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch state.input {
        case .none:
            return []
        case .note(var draft):
            switch draft.editor.handle(key) {
            case .editing:
                state.input = .note(draft)
            case .submit(let text):
                state.input = .none
                let note = text.trimmingCharacters(in: .whitespaces)
                return Marking.apply(.done, note: note.isEmpty ? nil : note, to: draft.keys, &state)
            case .cancel:
                state.input = .none
                state.message = StatusMessage("отметка отменена")
            }
        case .search(var editor):
            let outcome = editor.handle(key)
            state.input = outcome == .editing ? .search(editor) : .none
            let text = outcome == .cancel ? "" : editor.text
            state.setFilters { $0.search = text }
        case .responsible(var editor):
            let outcome = editor.handle(key)
            state.input = outcome == .editing ? .responsible(editor) : .none
            let text = outcome == .cancel ? "" : editor.text
            state.setFilters { $0.responsible = text }
        }
        return []
    }
}
