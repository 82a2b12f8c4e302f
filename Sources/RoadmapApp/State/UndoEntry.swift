import RoadmapModel

import RoadmapStore

/// One change of the session as it can be taken back: for a mark, every
/// record it touched as it was before (nil: there was none); for an edit
/// of the roadmap itself, the whole data as it was and the files it wrote.
public struct UndoEntry: Hashable, Sendable {
    public var before: [ProgressKey: ProgressRecord?]
    /// The data before an edit (a value: copying it shares its storage).
    public var snapshot: RoadmapData?
    /// The files the edit wrote, written back on undo.
    public var files: Set<DataFile>
    /// What the status line says when it is undone.
    public var summary: String

    public init(before: [ProgressKey: ProgressRecord?], summary: String) {
        self.before = before
        self.snapshot = nil
        self.files = []
        self.summary = summary
    }

    public init(snapshot: RoadmapData, files: Set<DataFile>, summary: String) {
        self.before = [:]
        self.snapshot = snapshot
        self.files = files
        self.summary = summary
    }
}
