import RoadmapModel
/// What a data file looked like when a derived index was built from it: the
/// index is trusted for a file only while all of this is unchanged.
///
/// Size and modification time catch ordinary edits; the change time and the
/// inode catch an atomic replace (our own saves rename a new file over the
/// old one) and a `touch -d` that sets the old time back. A file changed
/// within the clock's resolution of the build looks unchanged by time alone,
/// so such a file is marked `racy` and checked by its content hash instead.
public struct SourceStamp: Hashable, Sendable {
    /// Relative to the data directory: `progress/schools/school-12.json`.
    public var path: String
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64
    /// FNV-1a of the bytes, or 0 when not computed (only racy files need it).
    public var contentHash: UInt64
    public var racy: Bool

    public init(path: String, size: Int64, modified: Int64, changed: Int64, inode: UInt64,
                contentHash: UInt64 = 0, racy: Bool = false) {
        self.path = path
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.contentHash = contentHash
        self.racy = racy
    }

    /// Everything but the hash and the racy mark agrees.
    public func sameMetadata(as other: SourceStamp) -> Bool {
        path == other.path && size == other.size && modified == other.modified
            && changed == other.changed && inode == other.inode
    }

    /// A file touched less than this long before the build may change again
    /// inside the same clock tick without its time moving (ext4 timestamps
    /// advance per kernel tick, other file systems per second or two).
    public static let racyWindow: Int64 = 2_000_000_000

    /// FNV-1a, 64 bits: tiny, fixed and the same on every machine.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
