import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// The loop itself: the one owner of `AppState`. Messages go in through
/// `App.update`; effects come out and are run here, their results fed back
/// as messages.
@MainActor
struct DashboardLoop {
    var state: AppState
    let directory: DataDirectory
    let session: TerminalSession
    var today: Day
    /// The files as last read or written: outside edits are noticed against it.
    var snapshot: Snapshot
    private var lastClockCheck = DispatchTime.now()

    init(state: AppState, directory: DataDirectory, session: TerminalSession, today: Day, snapshot: Snapshot) {
        self.state = state
        self.directory = directory
        self.session = session
        self.today = today
        self.snapshot = snapshot
    }

    /// Returns the exit code.
    mutating func run() -> Int32 {
        var needsDraw = true
        if send(.today(today)) { return DashboardExit.success }
        while true {
            if let signal = TerminalRestore.requestedExit { return DashboardExit.signalled(signal) }
            if needsDraw { session.draw(App.render(state), cursor: App.cursor(state)) }
            needsDraw = false
            guard let message = nextMessage() else { continue }
            switch message {
            case .closed:
                return DashboardExit.success
            case .message(let msg):
                if send(msg) { return DashboardExit.success }
                needsDraw = true
            case .redraw:
                needsDraw = true
            }
        }
    }

    private enum Next: Equatable {
        case message(Msg)
        /// The state changed between keys (the files were read again): draw
        /// it now, not at the next key.
        case redraw
        case closed
    }

    /// A key, a resize, midnight, data changed outside, or nothing this beat.
    private mutating func nextMessage() -> Next? {
        switch session.read(timeout: DashboardRunner.readTimeout) {
        case .closed:
            return .closed
        case .event(.key(let key)):
            // The time goes in just before the key, so a mark made by this key
            // is stamped with it while `update` stays pure.
            _ = send(.clock(Timestamp.iso8601(Date())))
            return .message(.key(key))
        case .event(.resize):
            session.didResize()
            let size = session.size
            return .message(.resize(width: size.width, height: size.height))
        case .event(.ignored):
            return nil
        case .timeout:
            let tick = clockTick()
            let reloaded = tick.looked && reloadIfChangedOutside()
            return tick.msg.map { .message($0) } ?? (reloaded ? .redraw : nil)
        }
    }

    /// About once a second: has the date changed since the last look?
    private mutating func clockTick() -> (looked: Bool, msg: Msg?) {
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastClockCheck.uptimeNanoseconds >= 1_000_000_000 else { return (false, nil) }
        lastClockCheck = now
        let day = Day(Date())
        guard day != today else { return (true, nil) }
        today = day
        return (true, .today(day))
    }

    /// Once a second: a file changed by hand, by git or by `roadmap mark`
    /// is read again and shown, so the screen never hides someone else's
    /// change (and the next save merges against it). Not while a note, a
    /// form or a question is open: the save's own check covers that moment,
    /// and the snapshot stays as it was, so the change is read once it closes.
    /// True when the files were read again (the screen must show it).
    private mutating func reloadIfChangedOutside() -> Bool {
        guard !state.isMidEdit else { return false }
        let changed = snapshot.changedFiles(in: directory)
        guard !changed.isEmpty else { return false }
        reload(because: "изменено вне панели: " + DashboardReload.list(changed))
        return true
    }

    private mutating func reload(because reason: String) {
        let report = directory.load()
        snapshot = report.snapshot
        guard let data = report.data else {
            // The old data stays on screen, but nothing is saved over files
            // that cannot be read: the app refuses changes at the key.
            let place = DashboardReload.problems(report.errors)
            setSavingBlocked(place)
            // What matters first: a long place is what the line cuts.
            state.message = StatusMessage("\(reason) — сохранение отключено до исправления: \(place)", isError: true)
            return
        }
        let wasBlocked = state.savingBlocked != nil
        setSavingBlocked(nil)
        swapIn(data)
        state.message = StatusMessage("\(reason) — данные перечитаны" + (wasBlocked ? ", сохранение снова включено" : ""))
    }

    private mutating func setSavingBlocked(_ place: String?) {
        let effects = App.update(&state, .savingBlocked(place))
        assert(effects.isEmpty, "blocking saves asks for no effects")
    }

    /// The app takes the data read again and keeps the coordinator's place;
    /// it asks for nothing in return.
    private mutating func swapIn(_ data: RoadmapData) {
        let effects = App.update(&state, .reloaded(data))
        assert(effects.isEmpty, "a reload asks for no effects")
    }

    /// Runs one message and every effect it leads to; true when the app quits.
    private mutating func send(_ first: Msg) -> Bool {
        var pending = [first]
        while !pending.isEmpty {
            let msg = pending.removeFirst()
            for effect in App.update(&state, msg) {
                switch effect {
                case .quit:
                    return true
                case .save(let data, let files):
                    let result = save(data, files)
                    // The app reports the save first; what others changed is
                    // told after it, so it is what the status line ends with.
                    let reported = App.update(&state, .saved(result.map(\.written)))
                    assert(reported.isEmpty, "a save report asks for no effects")
                    afterSave(result)
                }
            }
            if state.shouldQuit { return true }
        }
        return false
    }

    /// The backend refuses to write in read-only modes even if asked:
    /// `--read-only` and «час контроля» promise that nothing changes.
    /// Each save is checked against the snapshot: someone else's records
    /// are merged in, a record changed on both sides is refused.
    private mutating func save(_ data: RoadmapData, _ files: Set<DataFile>) -> Result<SaveOutcome, StoreError> {
        guard state.mode.canWrite else {
            return .failure(StoreError("Режим только для чтения: изменения не сохраняются."))
        }
        do {
            return .success(try directory.save(data, files: files, since: &snapshot))
        } catch {
            return .failure(error)
        }
    }

    /// Shows what others changed: merged records, or after a refusal the
    /// files as they now are (the refused mark is not kept on screen).
    private mutating func afterSave(_ result: Result<SaveOutcome, StoreError>) {
        switch result {
        case .success(let outcome) where !outcome.takenFromOthers.isEmpty:
            swapIn(outcome.data)
            state.message = state.message.map { StatusMessage($0.text + "; учтены изменения других: \(outcome.takenFromOthers.count)") }
        case .failure(let error) where error.reason == .changedOnDisk:
            reload(because: error.message)
            state.message = StatusMessage(state.message?.text ?? error.message, isError: true)
        default:
            break
        }
    }
}

/// How reload messages name the files that changed.
enum DashboardReload {
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
