/// What the header says about a data directory kept in git: how many
/// changes are not yet sent and when it was last synced. Sent by the
/// backend (`Msg.syncStatus`) when the directory is a git working tree with
/// a server; nil otherwise, and the header shows the directory instead.
public struct SyncStatus: Hashable, Sendable {
    /// History entries and plan edits here that the server does not have.
    public var unsent: Int
    /// «12.05 10:41», local time; nil when this copy never synced.
    public var lastSynced: String?

    public init(unsent: Int, lastSynced: String?) {
        self.unsent = unsent
        self.lastSynced = lastSynced
    }
}

/// What one sync from the dashboard did, as the backend tells it.
public struct SyncResult: Hashable, Sendable {
    /// The status line: «синхронизировано: отправлено 2, получено 3», or why not.
    public var line: String
    public var isError: Bool
    /// Marks came from the server: the files are read again.
    public var received: Bool
    public var status: SyncStatus?

    public init(line: String, isError: Bool = false, received: Bool = false, status: SyncStatus? = nil) {
        self.line = line
        self.isError = isError
        self.received = received
        self.status = status
    }
}
