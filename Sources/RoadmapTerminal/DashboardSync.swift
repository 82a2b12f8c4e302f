import RoadmapApp

/// How the dashboard syncs a data directory kept in git: given by the
/// command line (which knows git), run by the loop off the thread that
/// reads keys.
public struct DashboardSync: Sendable {
    /// What is not yet sent and when it last synced.
    public var status: @Sendable () -> SyncStatus?
    /// One sync (pull only in the read-only modes), told as a status line.
    public var run: @Sendable () -> SyncResult
    /// `--sync-every`: a sync on its own this often; nil — only on the key.
    public var every: Duration?

    public init(status: @escaping @Sendable () -> SyncStatus?, run: @escaping @Sendable () -> SyncResult, every: Duration? = nil) {
        self.status = status
        self.run = run
        self.every = every
    }
}
