import RoadmapModel
import RoadmapStore

/// Who is looking at the dashboard.
public enum AppMode: Hashable, Sendable {
    /// The coordinator keeps the roadmap; `readOnly` (`--read-only`) refuses every change.
    case coordinator(readOnly: Bool)
    /// «Час контроля»: the supervisor's overdue view; never changes anything.
    case control

    public var canWrite: Bool { self == .coordinator(readOnly: false) }
}

/// Everything the terminal backend tells the app.
public enum Msg: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A save effect finished: the paths written, or why it failed.
    case saved(Result<[String], StoreError>)
    /// The clock passed midnight, or the app was started: today's date.
    case today(Day)
}

/// Work the app asks the backend to do; `update` itself never does I/O.
public enum Effect: Hashable, Sendable {
    /// Write these files of the data, atomically, then send `.saved`.
    case save(RoadmapData, Set<DataFile>)
    case quit
}

/// The app's whole state has one owner: the backend's loop holds an
/// `AppState` and only `update` changes it.
public struct AppState: Sendable {
    public var data: RoadmapData
    public var schedule: Schedule
    public var mode: AppMode
    /// Shown in the header.
    public var directory: String
    public var today: Day
    public var asOf: Day
    public var size: (width: Int, height: Int)
    public var shouldQuit: Bool

    public init(data: RoadmapData, directory: String, mode: AppMode, today: Day, asOf: Day? = nil,
                width: Int = 80, height: Int = 24) {
        self.data = data
        self.schedule = Schedule(data)
        self.mode = mode
        self.directory = directory
        self.today = today
        self.asOf = asOf ?? today
        self.size = (width, height)
        self.shouldQuit = false
    }
}

public enum App {
    /// The next state and the effects to run. Pure.
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(.character("q")): state.shouldQuit = true; return [.quit]
        case .resize(let w, let h): state.size = (w, h); return []
        default: return []
        }
    }

    /// The whole frame at the state's size. Pure.
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        grid.put(state.data.roadmap.title, x: 0, y: 0, role: .header)
        return grid
    }
}
