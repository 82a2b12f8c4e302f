/// The full data arriving behind a first screen drawn from the index.
enum DetailLoading {
    /// The notes, authors and history come in; the statuses were already
    /// those of the files, so the screen stays where it was. Files that can
    /// no longer be read (broken since the index was checked) keep saving
    /// off, as a reread of them would.
    static func loaded(_ reread: Reread, _ state: inout AppState) {
        guard state.detailLoading else { return }
        state.detailLoading = false
        switch reread {
        case .data(let data):
            Reloading.swapIn(data, &state)
        case .unreadable(let errors):
            let place = ReloadReport.problems(errors)
            state.savingBlocked = place
            state.message = StatusMessage("файлы данных не читаются — сохранение отключено до исправления: \(place)", isError: true)
        }
    }
}
