import RoadmapModel
import RoadmapStore

/// `Msg.saved(.failure)`: the files were not written, so the change that
/// asked for the save is taken back — the screen shows what is on disk, and
/// the next save (of something else) cannot carry it there unseen. A form
/// opens again with what was typed, to try again or leave with Esc.
enum SaveFailure {
    /// A save refused because a record changed on disk meanwhile asks for
    /// the files as they now are: the refused change is not kept on screen.
    static func failed(_ error: StoreError, _ state: inout AppState) -> [Effect] {
        revert(error, &state)
        return error.reason == .changedOnDisk ? [.reload(.saveRefused(error.message))] : []
    }

    private static func revert(_ error: StoreError, _ state: inout AppState) {
        guard let pending = state.pendingSave else {
            state.message = StatusMessage("не сохранено: \(error.message)", isError: true)
            return
        }
        state.pendingSave = nil
        switch pending.before {
        case .records(let records):
            for (key, record) in records { state.data.restore(record, for: key) }
            state.progressChanged(measures: Set(records.keys.map(\.measure)))
        case .data(let data):
            Reloading.replace(data, &state)
            reselect(pending, &state)
        }
        state.undo = pending.undo
        state.schoolsWithoutFile = pending.schoolsWithoutFile
        if let form = pending.form { state.modal = .form(form) }
        // The outcome first: on a narrow line the reason is what gets cut.
        state.message = StatusMessage("не сохранено, \(outcome(pending.kind)): \(error.message)", isError: true)
    }

    /// The measure selected before the change, where it still is.
    private static func reselect(_ pending: PendingSave, _ state: inout AppState) {
        guard let id = pending.measure, let index = state.data.measures.firstIndex(where: { $0.id == id }),
              let row = state.view.rows.firstIndex(of: .measure(index)) else { return }
        state.timelineList.selected = row
        state.occurrence = min(pending.occurrence, max(0, state.windowCount - 1))
    }

    /// What the user is told did not happen.
    private static func outcome(_ kind: PendingSave.Kind) -> String {
        switch kind {
        case .mark: return "отметка не сделана"
        case .change: return "изменение не сделано"
        case .undo: return "действие не отменено"
        }
    }
}
