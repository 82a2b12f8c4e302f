import RoadmapModel

/// A data file merged from three versions (see `DataDirectory.merge`).
public struct MergedFile: Sendable {
    /// The file as the store writes it.
    public var bytes: [UInt8]
    /// Records both sides changed differently, settled by the rule.
    public var resolved: [ResolvedRecord]
}

/// One record changed differently on both sides: both histories are kept,
/// and it stands at `kept`, the later mark; `other` is the other side's
/// last mark, still in the history.
public struct ResolvedRecord: Hashable, Sendable {
    public var key: ProgressKey
    public var kept: HistoryEntry
    public var other: HistoryEntry?
}

/// A merge the rule does not settle, in Russian: nothing was merged.
public struct MergeRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
