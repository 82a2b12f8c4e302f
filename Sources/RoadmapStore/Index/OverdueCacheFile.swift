import RoadmapModel

/// The cache file around an `OverdueIndex`: which data directory it was
/// built from and how many warnings that load gave, then the index itself.
///
/// The directory's real path is kept so a cache copied or hashed onto
/// another directory's name is refused; the warning count lets `overdue`
/// print the same «Предупреждений: N» line it prints after reading the JSON.
/// The header (path and count) has its own checksum; the index checks the rest.
struct OverdueCacheFile: Hashable, Sendable {
    static let magic: [UInt8] = Array("RMOVCACH".utf8)

    var directory: String
    var warningCount: Int
    var index: OverdueIndex

    init(directory: String, warningCount: Int, index: OverdueIndex) {
        self.directory = directory
        self.warningCount = warningCount
        self.index = index
    }

    func encoded() -> [UInt8] {
        let path = Array(directory.utf8)
        let header = Self.little(UInt64(path.count), 4) + path + Self.little(UInt64(warningCount), 4)
        return Self.magic + Self.little(SourceStamp.hash(header), 8) + header + index.encoded()
    }

    /// Refuses anything short, foreign or damaged (`IndexError`).
    init(decoding bytes: [UInt8]) throws(IndexError) {
        let start = Self.magic.count + 8
        guard bytes.count >= start + 8, Array(bytes.prefix(Self.magic.count)) == Self.magic else { throw .notAnIndex }
        let checksum = Self.read(bytes, at: Self.magic.count, 8)
        let length = Int(Self.read(bytes, at: start, 4))
        guard length <= bytes.count - start - 8 else { throw .damaged("header") }
        let end = start + 4 + length + 4
        guard SourceStamp.hash(bytes[start..<end]) == checksum else { throw .damaged("header checksum") }
        self.init(directory: String(decoding: bytes[(start + 4)..<(start + 4 + length)], as: UTF8.self),
                  warningCount: Int(Self.read(bytes, at: start + 4 + length, 4)),
                  index: try OverdueIndex(decoding: Array(bytes[end...])))
    }

    private static func little(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) }
    }

    private static func read(_ bytes: [UInt8], at offset: Int, _ width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << UInt64(8 * $1) }
    }
}
