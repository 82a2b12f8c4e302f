/// What one `roadmap sync` did.
public struct SyncReport: Sendable {
    public enum Merge: String, Sendable, Codable {
        /// Nothing came from the server.
        case none
        /// Only the server had changes: taken as they are.
        case fastForward = "fast-forward"
        /// Both sides had changes: merged record by record.
        case merged
    }

    /// The marks committed here by this sync, one line each.
    public var committed: [String] = []
    /// The marks sent to the server (this machine's, not yet there).
    public var sent: [String] = []
    /// The marks received from the server.
    public var received: [String] = []
    public var merge: Merge = .none
    /// Records changed differently on both sides, settled by the rule.
    public var resolved: [MergeNotes.Note] = []
    public var pushed = false
    /// Tries it took: another machine that pushed first means one more.
    public var attempts = 0
    /// git's lock files a killed sync had left, removed.
    public var staleLocks: [String] = []

    public init() {}
}
