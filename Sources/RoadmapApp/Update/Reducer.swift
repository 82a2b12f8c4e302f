import RoadmapModel

/// `App.update`: every message goes through here. Pure: it changes the
/// state and returns effects, it never does I/O.
enum Reducer {
    static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        let effects = handle(msg, &state)
        // Whatever moved a selection, changed a list or the size: each
        // list's selection is brought into view once, here.
        state.revealSelections()
        return effects
    }

    private static func handle(_ msg: Msg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .key(let key):
            return handle(key, &state)
        case .paste(let text):
            return paste(text, &state)
        case .resize(let width, let height):
            state.size = (width, height)
        case .saved(.success(let receipt)):
            SaveReport.succeeded(receipt, &state)
            // One more change not yet sent.
            if state.syncStatus != nil { return [.checkSync] }
        case .saved(.failure(let error)):
            return SaveFailure.failed(error, &state)
        case .filesChanged(let paths):
            // Files a running sync writes are read once it ends.
            return state.syncing ? [] : ReloadReport.filesChanged(paths, state)
        case .reloaded(let cause, let reread):
            ReloadReport.reloaded(reread, because: cause, &state)
            // Marks saved by `roadmap mark` are not sent yet either.
            if state.syncStatus != nil { return [.checkSync] }
        case .detailLoaded(let reread):
            DetailLoading.loaded(reread, &state)
        case .today(let day):
            // An as-of date left at today moves on with the clock; one the
            // coordinator chose stays.
            let follows = state.asOf == state.today
            state.today = day
            if follows, state.asOf != day { AsOfDate.set(day, &state) }
        case .clock(let now):
            state.now = now
        case .syncStatus(let status):
            state.syncStatus = status
        case .syncDue:
            return Syncing.due(&state)
        case .synced(let result):
            return Syncing.finished(result, &state)
        }
        return []
    }

    /// A paste is text for the open editor; anywhere else it does nothing,
    /// so a pasted line never runs as hotkeys.
    private static func paste(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !Layout(width: state.size.width, height: state.size.height).isTooSmall else { return [] }
        switch state.modal {
        case .form:
            state.message = nil
            FormUpdate.paste(text, &state)
        case .input:
            state.message = nil
            return TextInput.paste(text, &state)
        case .none, .help, .confirmation:
            break
        }
        return []
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.message = nil
        let context: KeyContext = state.mode == .control ? .control : .coordinator
        let action = Keymap.action(for: key, in: context)
        if Layout(width: state.size.width, height: state.size.height).isTooSmall {
            return action == .quit ? quit(&state) : []
        }
        switch state.modal {
        case .help:
            HelpScrolling.handle(action, &state)
            return []
        case .confirmation: return Confirming.handle(key, &state)
        case .form: return FormUpdate.handle(key, &state)
        case .input: return TextInput.handle(key, &state)
        case .none: break
        }
        guard let action else {
            if context == .control, Keymap.action(for: key, in: .coordinator)?.changesData == true {
                state.message = StatusMessage("час контроля: только просмотр, изменения не сохраняются", isError: true)
            }
            return []
        }
        switch action {
        case .quit: return quit(&state)
        case .help: state.modal = .help; state.helpScroll = 0; return []
        case .monthBack: AsOfDate.step(months: -1, &state); return []
        case .monthForward: AsOfDate.step(months: 1, &state); return []
        case .today: AsOfDate.set(state.today, &state); return []
        case .typeDate: state.modal = .input(.asOf(DateField())); return []
        case .sync: return Syncing.requested(&state)
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
        if action.movesSelection { state.detailPin = nil }
        switch action {
        case .toggleDone, .mark, .undo:
            return Marking.perform(action, &state)
        case .edit, .add, .delete, .addSection, .editSection, .renumberSection, .moveSectionUp, .moveSectionDown,
             .editRequisites:
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
