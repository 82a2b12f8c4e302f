import TextWidth

/// The two bottom lines: a message or the one-line editor, and the keys
/// that work here — generated from the keymap, as the help is.
enum StatusLine {
    static func draw(_ state: AppState, layout: Layout, into grid: inout Grid) {
        let y = layout.status.y
        if let text = FormStatus.text(state) {
            grid.text(text.text, x: 1, y: y, width: grid.width - 2, role: text.role)
        } else if state.input != .none {
            InputLine.draw(state, y: y, into: &grid)
        } else if let message = state.message {
            grid.text(message.text, x: 1, y: y, width: grid.width - 2, role: message.isError ? .error : .status)
        } else if let place = state.savingBlocked {
            // Stays in sight after the message that said so is gone: the
            // missing key hints alone would not say why.
            grid.text(StatusMessage.savingBlocked(place).text, x: 1, y: y, width: grid.width - 2, role: .error)
        } else if let line = SchoolLine.text(state) {
            grid.text(line, x: 1, y: y, width: grid.width - 2, role: .muted)
        }
        // Help and quit always stay on the line; the editor's keys go in order.
        let plain = state.input == .none && !state.helpOpen && state.form == nil && state.confirmation == nil
        drawHints(hints(state), keep: plain ? 2 : 0,
                  y: layout.hints.y, into: &grid)
    }

    /// Where the terminal cursor goes while the editor is open.
    static func cursor(_ state: AppState) -> (x: Int, y: Int)? {
        let layout = Layout(width: state.size.width, height: state.size.height)
        guard !layout.isTooSmall, !state.helpOpen else { return nil }
        if state.confirmation != nil { return nil }
        if let form = state.form { return FormView.cursor(state, form, layout: layout) }
        return InputLine.cursor(state, y: layout.status.y)
    }

    /// (keys, word) pairs for the current screen.
    static func hints(_ state: AppState) -> [(String, String)] {
        if state.helpOpen { return HelpOverlay.Placement(state).scrolls ? [("↑ ↓ PgUp PgDn", "листать"), ("другая клавиша", "закрыть справку")] : [("любая клавиша", "закрыть справку")] }
        if let hints = FormStatus.hints(state) { return hints }
        if state.input != .none {
            let keys = LineEditor.bindings.map { binding in
                switch binding.keys {
                case "Enter": return (binding.keys, state.input.submitWord)
                case "Esc": return (binding.keys, state.input.cancelWord)
                default: return (binding.keys, binding.help)
                }
            }
            // The mark's line has two fields: Tab goes to the other one.
            guard case .note(let draft) = state.input else { return keys }
            return Array(keys.prefix(2)) + [("Tab", draft.onDate ? "к отметке" : "к дате")] + keys.dropFirst(2)
        }
        let context: KeyContext = state.mode == .control ? .control : .coordinator
        let shown = Keymap.bindings(in: context)
            .filter { $0.hint != nil && relevant($0.action, state) }
            .map { ($0.hintKeys ?? Keymap.label($0.keys[0], russian: false), $0.hint ?? "") }
        // With nothing to mark, how to start comes first.
        let starting = context == .coordinator && state.mode.canWrite && StartingHints.nothingToMark(state)
        return starting ? StartingHints.hints(state) + shown : shown
    }

    private static func relevant(_ action: Action, _ state: AppState) -> Bool {
        let nothingToMark = StartingHints.nothingToMark(state)
        switch action {
        // `a` is then named among the starting hints, as «мероприятие».
        case .toggleDone, .mark, .add: return state.refusal == nil && !nothingToMark
        case .undo, .edit: return state.refusal == nil
        case .open: return !state.detailOpen && !nothingToMark
        case .close: return state.detailOpen || !state.filters.search.isEmpty
        default: return true
        }
    }

    /// As many hints as fit, always keeping the last `keep` ones.
    private static func drawHints(_ hints: [(String, String)], keep: Int, y: Int, into grid: inout Grid) {
        func width(_ h: (String, String)) -> Int { DisplayWidth.of(h.0) + 1 + DisplayWidth.of(h.1) + 2 }
        let tail = hints.count > keep ? Array(hints.suffix(keep)) : []
        var room = grid.width - 1 - tail.reduce(0) { $0 + width($1) }
        var chosen: [(String, String)] = []
        for hint in hints.dropLast(tail.count) where width(hint) <= room {
            chosen.append(hint)
            room -= width(hint)
        }
        var x = 1
        for (keys, word) in chosen + tail {
            x += grid.put(keys, x: x, y: y, role: .keyHint)
            x += grid.put(" " + word + "  ", x: x, y: y, role: .muted)
        }
    }
}

extension InputMode {
    /// What Enter does here, in the hint line's one word.
    var submitWord: String {
        switch self {
        case .none, .note: return "сохранить"
        case .search: return "найти"
        case .responsible: return "применить"
        case .asOf: return "показать"
        }
    }

    /// What Esc does: the note's Esc takes back the whole mark; the
    /// filters' Esc drops what was typed.
    var cancelWord: String {
        switch self {
        case .note: return "отменить отметку"
        case .none, .search, .responsible, .asOf: return "отмена"
        }
    }
}
