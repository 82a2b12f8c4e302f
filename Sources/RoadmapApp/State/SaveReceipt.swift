import RoadmapModel

/// What a save wrote, as the app needs to hear it.
public struct SaveReceipt: Hashable, Sendable {
    /// Relative paths actually rewritten.
    public var written: [String]
    /// The saved data with records others changed meanwhile merged in, and
    /// how many were taken from them; nil when nobody else wrote.
    public var merged: Merged?

    public struct Merged: Hashable, Sendable {
        public var data: RoadmapData
        public var takenFromOthers: Int

        public init(data: RoadmapData, takenFromOthers: Int) {
            self.data = data
            self.takenFromOthers = takenFromOthers
        }
    }

    public init(written: [String], merged: Merged? = nil) {
        self.written = written
        self.merged = merged
    }
}
