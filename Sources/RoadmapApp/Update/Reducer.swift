import RoadmapModel

/// `App.update`: every message goes through here. Pure: it changes the
/// state and returns effects, it never does I/O.
enum Reducer {
    static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return handle(key, &state)
        case .resize(let width, let height):
            state.size = (width, height)
            state.revealSelections()
        case .saved(.success(let paths)):
            state.pendingSave = nil
            state.message = StatusMessage(SaveReport.text(marked: state.message, paths: paths))
        case .saved(.failure(let error)):
            SaveFailure.revert(error, &state)
        case .savingBlocked(let reason):
            state.savingBlocked = reason
        case .today(let day):
            // An as-of date left at today moves on with the clock; one the
            // coordinator chose stays.
            let follows = state.asOf == state.today
            state.today = day
            if follows, state.asOf != day { AsOfDate.set(day, &state) }
        case .clock(let now):
            state.now = now
        case .reloaded(let data):
            Reloading.swapIn(data, &state)
        }
        return []
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .resize { return [] }
        state.message = nil
        let context: KeyContext = state.mode == .control ? .control : .coordinator
        let action = Keymap.action(for: key, in: context)
        if Layout(width: state.size.width, height: state.size.height).isTooSmall {
            return action == .quit ? quit(&state) : []
        }
        if state.helpOpen {
            state.helpOpen = false
            return []
        }
        if state.confirmation != nil { return Confirming.handle(key, &state) }
        if state.form != nil { return FormUpdate.handle(key, &state) }
        if state.input != .none { return TextInput.handle(key, &state) }
        guard let action else {
            if context == .control, Keymap.action(for: key, in: .coordinator)?.changesData == true {
                state.message = StatusMessage("час контроля: только просмотр, изменения не сохраняются", isError: true)
            }
            return []
        }
        switch action {
        case .quit: return quit(&state)
        case .help: state.helpOpen = true; return []
        case .monthBack: AsOfDate.step(months: -1, &state); return []
        case .monthForward: AsOfDate.step(months: 1, &state); return []
        case .today: AsOfDate.set(state.today, &state); return []
        default: break
        }
        if context == .control {
            ControlUpdate.perform(action, &state)
            return []
        }
        return perform(action, &state)
    }

    private static func quit(_ state: inout AppState) -> [Effect] {
        state.shouldQuit = true
        return [.quit]
    }

    private static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .toggleDone, .mark, .undo:
            return Marking.perform(action, &state)
        case .edit, .add, .delete, .addSection, .editSection, .renumberSection, .moveSectionUp, .moveSectionDown:
            return Editing.perform(action, &state)
        case .nextPane: state.focus = state.focus.next
        case .previousPane: state.focus = state.focus.previous
        case .open:
            state.detailOpen = true
            state.detailScroll = 0
            if state.focus == .schools { state.focus = .timeline }
        case .close:
            if state.detailOpen { state.detailOpen = false } else { Filtering.clearSearch(&state) }
        case .toggleFormerSchools:
            state.showFormerSchools.toggle()
            state.viewChanged()
            let count = state.data.schools.count - state.view.schools.count
            state.message = StatusMessage(state.showFormerSchools
                ? "показаны и выбывшие школы" : "выбывшие школы скрыты" + (count > 0 ? " (\(count))" : ""))
        case .search, .filterResponsible, .cycleSection, .cycleStatus, .clearFilters:
            Filtering.perform(action, &state)
        default:
            Navigation.move(action, &state)
        }
        return []
    }
}
