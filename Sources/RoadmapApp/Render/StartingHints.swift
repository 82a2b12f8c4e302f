/// What a roadmap with nothing to mark yet says about starting it: on the
/// empty timeline, beside an empty section and on the bottom line. The
/// keys come from the keymap, so these words follow any change of keys.
enum StartingHints {
    /// The key of an action as the hint line prints it («A», «a»).
    static func key(_ action: Action) -> String {
        guard let binding = Keymap.bindings.first(where: { $0.action == action }) else { return "" }
        return Keymap.label(binding.keys[0], russian: false)
    }

    /// The timeline of a roadmap with no measures and no sections.
    static func emptyRoadmap(canWrite: Bool) -> String {
        guard canWrite else { return "Мероприятий нет." }
        return "Мероприятий нет. \(key(.addSection)) — добавить раздел, \(key(.add)) — добавить мероприятие; "
            + "\(key(.previousPane)), затем \(key(.add)) — добавить школу"
    }

    /// Beside the heading of a section with no measures.
    static func emptySection(canWrite: Bool) -> String {
        canWrite ? "мероприятий нет — \(key(.add)) добавить" : "мероприятий нет"
    }

    /// The bottom line's first keys while nothing can be marked: a section
    /// first, then a measure once there is a section to put it in.
    static func hints(_ state: AppState) -> [(String, String)] {
        var hints = [(key(.addSection), "раздел")]
        if !state.data.roadmap.sections.isEmpty { hints.append((key(.add), "мероприятие")) }
        return hints
    }

    /// Nothing under the selection can be marked: an empty roadmap, an
    /// empty section's row, an empty «Просрочено».
    static func nothingToMark(_ state: AppState) -> Bool {
        state.focus != .schools && state.focusedMeasure == nil && !state.detailOpen
    }
}
