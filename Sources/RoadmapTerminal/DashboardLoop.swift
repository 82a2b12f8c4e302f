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
    private var lastClockCheck = DispatchTime.now()

    init(state: AppState, directory: DataDirectory, session: TerminalSession, today: Day) {
        self.state = state
        self.directory = directory
        self.session = session
        self.today = today
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
            if message == .closed { return DashboardExit.success }
            if case .message(let msg) = message {
                if send(msg) { return DashboardExit.success }
                needsDraw = true
            }
        }
    }

    private enum Next: Equatable {
        case message(Msg)
        case closed
    }

    /// A key, a resize, midnight, or nothing this beat.
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
            return clockTick().map { .message($0) }
        }
    }

    /// About once a second: has the date changed since the last look?
    private mutating func clockTick() -> Msg? {
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastClockCheck.uptimeNanoseconds >= 1_000_000_000 else { return nil }
        lastClockCheck = now
        let day = Day(Date())
        guard day != today else { return nil }
        today = day
        return .today(day)
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
                    pending.append(.saved(save(data, files)))
                }
            }
            if state.shouldQuit { return true }
        }
        return false
    }

    /// The backend refuses to write in read-only modes even if asked:
    /// `--read-only` and «час контроля» promise that nothing changes.
    private func save(_ data: RoadmapData, _ files: Set<DataFile>) -> Result<[String], StoreError> {
        guard state.mode.canWrite else {
            return .failure(StoreError("Режим только для чтения: изменения не сохраняются."))
        }
        do {
            return .success(try directory.save(data, files: files))
        } catch {
            return .failure(error)
        }
    }
}
