import RoadmapModel

/// What a save wrote, as the app needs to hear it.
public struct SaveReceipt: Hashable, Sendable {
    /// Relative paths actually rewritten.
    public var written: [String]
    /// The saved data with the records others changed meanwhile merged in
    /// (`takenFromOthers` of them); nil when nobody else wrote.
    public var merged: RoadmapData?
    public var takenFromOthers = 0

    public init(written: [String]) {
        self.written = written
    }
}
