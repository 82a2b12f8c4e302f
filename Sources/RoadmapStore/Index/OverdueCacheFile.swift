import RoadmapModel

/// The cache file around an `OverdueIndex`: which data directory it was
/// built from and how many warnings that load gave, then the index itself.
///
/// The directory's real path is kept so a cache copied or hashed onto
/// another directory's name is refused; the warning count lets `overdue`
/// print the same «Предупреждений: N» line it prints after reading the JSON.
/// The count is kept per file too, so a refresh that reads a few files again
/// knows what the others gave.
/// The header (path and counts) has its own checksum; the index checks the rest.
struct OverdueCacheFile: Hashable, Sendable {
    /// «2»: with the warnings per file.
    static let magic: [UInt8] = Array("RMOVCAC2".utf8)

    var directory: String
    /// Relative path (as the diagnostics name files) → warnings, for files that gave any.
    var warningsByFile: [String: Int]
    var index: OverdueIndex

    var warningCount: Int { warningsByFile.values.reduce(0, +) }

    init(directory: String, warningsByFile: [String: Int], index: OverdueIndex) {
        self.directory = directory
        self.warningsByFile = warningsByFile.filter { $0.value > 0 }
        self.index = index
    }

    /// The warnings of a load, counted by the file they name.
    static func warnings(of report: LoadReport) -> [String: Int] {
        Dictionary(report.warnings.map { ($0.file, 1) }, uniquingKeysWith: +)
    }

    func encoded() -> [UInt8] {
        var header = Self.string(directory) + Self.little(UInt64(warningsByFile.count), 4)
        for (file, count) in warningsByFile.sorted(by: { $0.key < $1.key }) {
            header += Self.string(file) + Self.little(UInt64(count), 4)
        }
        return Self.magic + Self.little(SourceStamp.hash(header), 8) + Self.little(UInt64(header.count), 4)
            + header + index.encoded()
    }

    /// Refuses anything short, foreign or damaged (`IndexError`).
    init(decoding bytes: [UInt8]) throws(IndexError) {
        let start = Self.magic.count + 8 + 4
        guard bytes.count >= start, Array(bytes.prefix(Self.magic.count)) == Self.magic else { throw .notAnIndex }
        let checksum = Self.read(bytes, at: Self.magic.count, 8)
        let length = Int(Self.read(bytes, at: Self.magic.count + 8, 4))
        guard length <= bytes.count - start else { throw .damaged("header") }
        let end = start + length
        guard SourceStamp.hash(bytes[start..<end]) == checksum else { throw .damaged("header checksum") }
        // The checksum matched, so the header is what was written; the
        // bounds are still checked so a bug can never read past it.
        var offset = start
        func string() throws(IndexError) -> String {
            guard offset + 4 <= end else { throw .damaged("header") }
            let count = Int(Self.read(bytes, at: offset, 4))
            guard count <= end - offset - 4 else { throw .damaged("header") }
            defer { offset += 4 + count }
            return String(decoding: bytes[(offset + 4)..<(offset + 4 + count)], as: UTF8.self)
        }
        func number() throws(IndexError) -> Int {
            guard offset + 4 <= end else { throw .damaged("header") }
            defer { offset += 4 }
            return Int(Self.read(bytes, at: offset, 4))
        }
        let directory = try string()
        var warnings: [String: Int] = [:]
        for _ in 0..<(try number()) {
            let file = try string()
            warnings[file] = try number()
        }
        guard offset == end else { throw .damaged("header") }
        self.init(directory: directory, warningsByFile: warnings, index: try OverdueIndex(decoding: Array(bytes[end...])))
    }

    private static func string(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        return little(UInt64(bytes.count), 4) + bytes
    }

    private static func little(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) }
    }

    private static func read(_ bytes: [UInt8], at offset: Int, _ width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << UInt64(8 * $1) }
    }
}
