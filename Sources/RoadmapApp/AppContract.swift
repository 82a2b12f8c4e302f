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
    /// Text pasted into the terminal (bracketed paste), in one piece: it is
    /// typed into the open editor, never read as hotkeys.
    case paste(String)
    case resize(width: Int, height: Int)
    /// A save effect finished: what was written, or why it failed.
    case saved(Result<SaveReceipt, StoreError>)
    /// The clock passed midnight, or the app was started: today's date.
    case today(Day)
    /// The wall-clock time, ISO 8601 with offset (`2021-03-01T10:15:00+03:00`).
    /// The backend sends it before each key so a mark is stamped with the
    /// moment it was made while `update` stays pure.
    case clock(String)
    /// The backend noticed these data files changed outside the dashboard
    /// (by hand, by git, by `roadmap mark`); the app decides when to read them.
    case filesChanged([String])
    /// A `.reload` effect finished: the data as it now is, or why it cannot
    /// be read. What the coordinator was looking at stays; undo does not.
    case reloaded(ReloadCause, Reread)
    /// The data directory's git state, at start and after each save (nil:
    /// not kept in git with a server).
    case syncStatus(SyncStatus?)
    /// `--sync-every` came round.
    case syncDue
    /// An `.sync` effect finished.
    case synced(SyncResult)
    /// The dashboard opened on the statuses of the index (`detailLoading`);
    /// the full data — notes, authors, history — has now been read behind
    /// it, or cannot be read.
    case detailLoaded(Reread)
}

/// Work the app asks the backend to do; `update` itself never does I/O.
public enum Effect: Hashable, Sendable {
    /// Write these files of the data, atomically, then send `.saved`.
    case save(RoadmapData, Set<DataFile>)
    /// Read the data directory again, then send `.reloaded`.
    case reload(ReloadCause)
    /// Sync the directory through git off the loop (pull only in read-only
    /// modes), then send `.synced`.
    case sync
    /// Look again at what is not yet sent, then send `.syncStatus`.
    case checkSync
    case quit
}

public enum App {
    /// The next state and the effects to run. Pure.
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        Reducer.update(&state, msg)
    }

    /// The whole frame at the state's size. Pure.
    public static func render(_ state: AppState) -> Grid {
        FrameView.render(state)
    }

    /// Where the terminal cursor belongs (inside the one-line editor), or
    /// nil when it should be hidden.
    public static func cursor(_ state: AppState) -> (x: Int, y: Int)? {
        StatusLine.cursor(state)
    }
}
