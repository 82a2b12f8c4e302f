import RoadmapModel

/// One change of the session as it can be taken back: every record it
/// touched, as it was before (nil: there was none).
public struct UndoEntry: Hashable, Sendable {
    public var before: [ProgressKey: ProgressRecord?]
    /// What the status line says when it is undone.
    public var summary: String

    public init(before: [ProgressKey: ProgressRecord?], summary: String) {
        self.before = before
        self.summary = summary
    }
}
