import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// The loop itself: the one owner of `AppState`. Messages go in through
/// `App.update`; effects come out and are run here, their results fed back
/// as messages.
@MainActor
struct DashboardLoop {
    /// Changed only by `App.update`, in `send`.
    private var state: AppState
    private let directory: DataDirectory
    private let session: TerminalSession
    private var today: Day
    /// The files as last read or written: outside edits are noticed against it.
    private var snapshot: Snapshot
    private var lastClockCheck = DispatchTime.now()
    private let sync: DashboardSync?
    private let background = BackgroundJobs()
    private var lastSyncStarted = ContinuousClock.now
    /// The full load behind a first screen drawn from the index, until it
    /// has been handed to the app; the snapshot is empty till then.
    private var detail: BackgroundLoad?

    init(state: AppState, directory: DataDirectory, session: TerminalSession, today: Day, snapshot: Snapshot,
         sync: DashboardSync? = nil, detail: BackgroundLoad? = nil) {
        self.sync = sync
        self.state = state
        self.directory = directory
        self.session = session
        self.today = today
        self.snapshot = snapshot
        self.detail = detail
    }

    /// Returns the exit code.
    mutating func run() -> Int32 {
        var needsDraw = true
        if send(.today(today)) { return DashboardExit.success }
        if let sync { background.run { .syncStatus(sync.status()) } }
        while true {
            if let signal = TerminalRestore.requestedExit { return DashboardExit.signalled(signal) }
            if needsDraw { session.draw(App.render(state), cursor: App.cursor(state)) }
            needsDraw = false
            // The full data is read once the first frame is drawn from the index.
            detail?.start()
            guard let message = nextMessage() else { continue }
            switch message {
            case .closed:
                return DashboardExit.success
            case .message(let msg):
                if send(msg) { return DashboardExit.success }
                needsDraw = true
            }
        }
    }

    private enum Next: Equatable {
        case message(Msg)
        case closed
    }

    /// A key, a paste, a resize, midnight, files changed outside, or nothing this beat.
    private mutating func nextMessage() -> Next? {
        if let loaded = detailLoaded() { return .message(loaded) }
        if let finished = background.take() { return .message(finished) }
        switch session.read(timeout: DashboardRunner.readTimeout) {
        case .closed:
            return .closed
        case .event(.key(let key)):
            // The time goes in just before the key, so a mark made by this key
            // is stamped with it while `update` stays pure.
            _ = send(.clock(Timestamp.iso8601(Date())))
            return .message(.key(key))
        case .event(.paste(let text)):
            return .message(.paste(text))
        case .event(.resize):
            session.didResize()
            let size = session.size
            return .message(.resize(width: size.width, height: size.height))
        case .event(.ignored):
            return nil
        case .timeout:
            let tick = clockTick()
            if let msg = tick.msg { return .message(msg) }
            if tick.looked, syncIsDue() { return .message(.syncDue) }
            return tick.looked ? changedOutside() : nil
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

    /// `--sync-every` came round since the last sync began.
    private mutating func syncIsDue() -> Bool {
        guard let every = sync?.every, ContinuousClock.now - lastSyncStarted >= every else { return false }
        lastSyncStarted = .now
        return true
    }

    /// The full data, once the load behind the first screen is done: from
    /// then on the snapshot is that load's, and changes outside are watched.
    private mutating func detailLoaded() -> Msg? {
        guard let report = detail?.take() else { return nil }
        detail = nil
        snapshot = report.snapshot
        return .detailLoaded(report.data.map(Reread.data) ?? .unreadable(report.errors))
    }

    /// Once a second: a file changed by hand, by git or by `roadmap mark`
    /// is told to the app, which asks for it to be read again (not while
    /// something is being typed: the snapshot then stays as it was, so the
    /// change is told again once the editor closes).
    private func changedOutside() -> Next? {
        // Before the full load there is no snapshot to compare with; the
        // load itself reads the files as they are.
        guard detail == nil else { return nil }
        let changed = snapshot.changedFiles(in: directory)
        return changed.isEmpty ? nil : .message(.filesChanged(changed))
    }

    /// Runs one message and every effect it leads to, feeding each effect's
    /// result back as the next message; true when the app quits.
    private mutating func send(_ first: Msg) -> Bool {
        var pending = [first]
        while !pending.isEmpty {
            for effect in App.update(&state, pending.removeFirst()) {
                switch effect {
                case .quit:
                    return true
                case .save(let data, let files):
                    pending.append(.saved(save(data, files)))
                case .reload(let cause):
                    pending.append(.reloaded(cause, reload()))
                case .sync:
                    lastSyncStarted = .now
                    guard let sync else { pending.append(.synced(SyncResult(line: "синхронизация недоступна", isError: true))); break }
                    background.run { .synced(sync.run()) }
                case .checkSync:
                    if let sync { background.run { .syncStatus(sync.status()) } }
                }
            }
            if state.shouldQuit { return true }
        }
        return false
    }

    /// The files as they now are; the snapshot follows them, readable or not.
    private mutating func reload() -> Reread {
        let report = directory.load()
        snapshot = report.snapshot
        return report.data.map(Reread.data) ?? .unreadable(report.errors)
    }

    /// The backend refuses to write in read-only modes even if asked:
    /// `--read-only` and «час контроля» promise that nothing changes.
    /// Each save is checked against the snapshot: someone else's records
    /// are merged in, a record changed on both sides is refused.
    private mutating func save(_ data: RoadmapData, _ files: Set<DataFile>) -> Result<SaveReceipt, StoreError> {
        guard state.mode.canWrite else {
            return .failure(StoreError("Режим только для чтения: изменения не сохраняются."))
        }
        do {
            let outcome = try directory.save(data, files: files, since: &snapshot)
            var receipt = SaveReceipt(written: outcome.written)
            if !outcome.takenFromOthers.isEmpty {
                receipt.merged = outcome.data
                receipt.takenFromOthers = outcome.takenFromOthers.count
            }
            return .success(receipt)
        } catch {
            return .failure(error)
        }
    }
}
