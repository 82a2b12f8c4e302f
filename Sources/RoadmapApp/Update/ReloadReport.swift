import RoadmapStore

/// `Msg.filesChanged` and `Msg.reloaded`: when the files are read again,
/// and what the status line says about it.
enum ReloadReport {
    /// Not while a note, a form or a question is open: the backend keeps
    /// its old snapshot, so the change is announced again once it closes.
    static func filesChanged(_ paths: [String], _ state: AppState) -> [Effect] {
        guard !paths.isEmpty, !state.isMidEdit else { return [] }
        return [.reload(.changedOutside(paths))]
    }

    static func reloaded(_ reread: Reread, because cause: ReloadCause, _ state: inout AppState) {
        let reason = text(cause)
        switch reread {
        case .unreadable(let errors):
            // The old data stays on screen, but nothing is saved over files
            // that cannot be read: changes are refused at the key.
            let place = problems(errors)
            state.savingBlocked = place
            // What matters first: a long place is what the line cuts.
            state.message = StatusMessage("\(reason) — сохранение отключено до исправления: \(place)", isError: true)
        case .data(let data):
            let wasBlocked = state.savingBlocked != nil
            state.savingBlocked = nil
            Reloading.swapIn(data, &state)
            state.message = StatusMessage("\(reason) — данные перечитаны" + (wasBlocked ? ", сохранение снова включено" : ""),
                                          isError: cause.isRefusal)
        }
    }

    private static func text(_ cause: ReloadCause) -> String {
        switch cause {
        case .changedOutside(let paths): return "изменено вне панели: " + list(paths)
        case .saveRefused(let message): return message
        case .synced(let line): return line
        }
    }

    /// «progress/municipal.json, measures.json» — at most three names.
    static func list(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " и ещё \(paths.count - 3)"
    }

    /// «measures.json:9:29: ожидается «,» или «]» (и ещё 2)»: the first
    /// problem with its place, as `roadmap validate` prints it.
    static func problems(_ errors: [Diagnostic]) -> String {
        guard let first = errors.first else { return "roadmap validate покажет, что не так" }
        return first.description + (errors.count > 1 ? " (и ещё \(errors.count - 1))" : "")
    }
}

private extension ReloadCause {
    /// A refused save is an error the coordinator must see, not news.
    var isRefusal: Bool {
        if case .saveRefused = self { return true }
        return false
    }
}
