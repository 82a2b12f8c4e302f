import RoadmapModel
/// Little-endian fields for the index file: fixed-width integers and
/// length-prefixed UTF-8 strings, nothing clever.
struct IndexWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) { append(UInt64(value), width: 4) }

    mutating func u64(_ value: UInt64) { append(value, width: 8) }

    mutating func i32(_ value: Int32) { u32(UInt32(bitPattern: value)) }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func count(_ value: Int) { u32(UInt32(value)) }

    mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func strings(_ texts: [String]) {
        count(texts.count)
        for text in texts { string(text) }
    }

    /// A day as its ordinal, or -1 for none.
    mutating func day(_ day: Day?) { i32(Int32(day?.ordinal ?? -1)) }

    private mutating func append(_ value: UInt64, width: Int) {
        for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(8 * i))) }
    }
}

/// Reads what `IndexWriter` wrote; any read past the end or any absurd
/// count throws, so a truncated or damaged file is refused, never guessed.
struct IndexReader {
    let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func u8() throws(IndexError) -> UInt8 { UInt8(try read(width: 1)) }

    mutating func u32() throws(IndexError) -> UInt32 { UInt32(try read(width: 4)) }

    mutating func u64() throws(IndexError) -> UInt64 { try read(width: 8) }

    mutating func i32() throws(IndexError) -> Int32 { Int32(bitPattern: try u32()) }

    mutating func i64() throws(IndexError) -> Int64 { Int64(bitPattern: try u64()) }

    /// A count can never exceed the bytes left: each item takes at least one.
    mutating func count() throws(IndexError) -> Int {
        let value = Int(try u32())
        guard value <= bytes.count - offset else { throw .damaged("a count larger than the file") }
        return value
    }

    mutating func string() throws(IndexError) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func strings() throws(IndexError) -> [String] {
        let n = try count()
        var result: [String] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(try string()) }
        return result
    }

    mutating func day() throws(IndexError) -> Day? {
        let ordinal = try i32()
        guard ordinal >= 0 else { return nil }
        guard ordinal < 4_000_000 else { throw .damaged("a day out of range") }
        return Day(ordinal: Int(ordinal))
    }

    private mutating func read(width: Int) throws(IndexError) -> UInt64 {
        guard bytes.count - offset >= width else { throw .damaged("the file ends too early") }
        var value: UInt64 = 0
        for i in 0..<width { value |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += width
        return value
    }
}

/// Why an index file was not used. Never shown as an error to people: the
/// answer then comes from the JSON files, and the index is rebuilt.
public enum IndexError: Error, Hashable, Sendable {
    case notAnIndex
    case otherVersion(UInt32)
    case damaged(String)
}
