import TextWidth

/// The sync key, the interval and their results. The sync itself runs in
/// the backend, off the loop that reads keys; the app only asks for it
/// (`Effect.sync`), shows «синхронизация…» meanwhile and takes the answer.
enum Syncing {
    /// The key: one sync at a time; a directory not kept in git says how to connect it.
    static func requested(_ state: inout AppState) -> [Effect] {
        guard state.syncStatus != nil else {
            state.message = StatusMessage("каталог данных не подключён к общему репозиторию: roadmap sync --remote URL", isError: true)
            return []
        }
        guard !state.syncing else {
            state.message = StatusMessage("синхронизация уже идёт")
            return []
        }
        state.syncing = true
        return [.sync]
    }

    /// The interval came round: quietly, unless one is already running.
    static func due(_ state: inout AppState) -> [Effect] {
        guard state.syncStatus != nil, !state.syncing else { return [] }
        state.syncing = true
        return [.sync]
    }

    /// What others sent is read through the same path as files changed
    /// outside (not while something is being typed: the watcher tells it
    /// again once the editor closes).
    static func finished(_ result: SyncResult, _ state: inout AppState) -> [Effect] {
        state.syncing = false
        if let status = result.status { state.syncStatus = status }
        state.message = StatusMessage(result.line, isError: result.isError)
        guard result.received, !state.isMidEdit else { return [] }
        return [.reload(.synced(result.line))]
    }

    /// «не отправлено: 3 изменения · синхронизировано 12.05 10:41», shorter
    /// forms where it does not fit, nothing where none does.
    static func headerText(_ state: AppState, width: Int) -> String? {
        guard let status = state.syncStatus else { return nil }
        if state.syncing { return "синхронизация…" }
        let when = status.lastSynced.map { "синхронизировано \($0)" } ?? "ещё не синхронизировано"
        let time = status.lastSynced ?? "—"
        let forms: [String]
        if status.unsent == 0 {
            forms = ["всё отправлено · \(when)", "всё отправлено · синхр. \(time)", "синхр. \(time)", "✓"]
        } else {
            let unsent = "не отправлено: " + RussianText.count(status.unsent, "изменение", "изменения", "изменений")
            let count = "не отправлено: \(status.unsent)"
            forms = ["\(unsent) · \(when)", "\(count) · \(when)", "\(count) · синхр. \(time)",
                     "не отпр.: \(status.unsent) · \(time)", "не отпр.: \(status.unsent)"]
        }
        return forms.first { DisplayWidth.of($0) <= width }
    }
}
