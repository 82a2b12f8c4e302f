/// The table of contents of a zip archive (DOCX, and the ODT and XLSX that
/// are zips too), read and checked before any byte is inflated.
///
/// ZIPFoundation trusts the end-of-central-directory record and the entries
/// it points to: a wrong offset or size there traps the process. So every
/// number is checked here against the file: the directory lies between the
/// entries and its end record, each entry's local header and compressed
/// bytes lie before the directory, the entry count is one a document has,
/// and every entry is stored or deflated, unencrypted, on one disk.
struct ZipDirectory {
    struct Entry: Sendable {
        var name: String
        var method: Method
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the compressed bytes start in the archive.
        var dataOffset: Int
    }

    enum Method: UInt16, Sendable { case stored = 0, deflated = 8 }

    /// More entries than any office document holds (Word writes about a
    /// dozen, a document with many pictures a few hundred).
    static let maxEntries = 10_000

    let entries: [Entry]

    init(_ bytes: [UInt8]) throws(ZipFault) {
        let reader = ByteReader(bytes: bytes)
        let end = try Self.endRecord(reader)
        var entries: [Entry] = []
        var offset = end.directoryOffset
        for _ in 0..<end.count {
            let (entry, next) = try Self.entry(at: offset, limit: end.directoryEnd, dataEnd: end.directoryOffset, reader)
            entries.append(entry)
            offset = next
        }
        self.entries = entries
    }

    func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    private struct EndRecord {
        var count: Int
        var directoryOffset: Int
        var directoryEnd: Int
    }

    /// The end record is the last 22 bytes, or earlier by the length of the
    /// archive comment (at most 65,535 bytes) that follows it.
    private static func endRecord(_ reader: ByteReader) throws(ZipFault) -> EndRecord {
        let size = reader.bytes.count
        guard size >= 22 else { throw .notZip }
        var position = size - 22
        let lowest = max(0, size - 22 - 0xFFFF)
        while position >= lowest {
            if reader.u32(position) == 0x0605_4B50, position + 22 + reader.u16(position + 20) <= size {
                return try checkedEnd(at: position, reader)
            }
            position -= 1
        }
        throw .notZip
    }

    private static func checkedEnd(at position: Int, _ reader: ByteReader) throws(ZipFault) -> EndRecord {
        let disk = reader.u16(position + 4), directoryDisk = reader.u16(position + 6)
        let onDisk = reader.u16(position + 8), count = reader.u16(position + 10)
        let directorySize = reader.u32(position + 12), directoryOffset = reader.u32(position + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw .zip64 }
        guard disk == 0, directoryDisk == 0, onDisk == count else { throw .multiDisk }
        guard count > 0 else { throw .empty }
        guard count <= maxEntries else { throw .tooManyEntries(count) }
        guard directoryOffset + directorySize <= position, count * 46 <= directorySize else {
            throw .broken("оглавление архива указывает за пределы файла")
        }
        return EndRecord(count: count, directoryOffset: directoryOffset, directoryEnd: directoryOffset + directorySize)
    }

    /// One central directory record at `offset`, and where the next starts.
    private static func entry(at offset: Int, limit: Int, dataEnd: Int,
                              _ reader: ByteReader) throws(ZipFault) -> (Entry, Int) {
        guard offset + 46 <= limit, reader.u32(offset) == 0x0201_4B50 else {
            throw .broken("запись оглавления архива повреждена")
        }
        let nameLength = reader.u16(offset + 28)
        let next = offset + 46 + nameLength + reader.u16(offset + 30) + reader.u16(offset + 32)
        guard next <= limit else { throw .broken("запись оглавления архива выходит за его пределы") }
        let name = String(decoding: reader.bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
        let flags = reader.u16(offset + 8)
        let compressed = reader.u32(offset + 20), uncompressed = reader.u32(offset + 24)
        if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF { throw .zip64 }
        guard flags & 1 == 0 else { throw .encrypted(name) }
        guard reader.u16(offset + 34) == 0 else { throw .multiDisk }
        guard let method = Method(rawValue: UInt16(reader.u16(offset + 10))) else {
            throw .unknownMethod(name, reader.u16(offset + 10))
        }
        if method == .stored, compressed != uncompressed { throw .broken("размеры записи «\(name)» не сходятся") }
        let dataOffset = try localData(at: reader.u32(offset + 42), name: name, compressed: compressed,
                                       before: dataEnd, reader)
        let entry = Entry(name: name, method: method, crc32: UInt32(reader.u32(offset + 16)),
                          compressedSize: compressed, uncompressedSize: uncompressed, dataOffset: dataOffset)
        return (entry, next)
    }

    /// The local header repeats the name before the bytes; its own lengths
    /// decide where they start, and they must end before the directory.
    private static func localData(at header: Int, name: String, compressed: Int, before directory: Int,
                                  _ reader: ByteReader) throws(ZipFault) -> Int {
        guard header + 30 <= directory, reader.u32(header) == 0x0403_4B50 else {
            throw .broken("запись «\(name)» указывает не на начало файла в архиве")
        }
        let data = header + 30 + reader.u16(header + 26) + reader.u16(header + 28)
        guard data + compressed <= directory else { throw .broken("сжатые данные записи «\(name)» выходят за её пределы") }
        return data
    }
}

/// Little-endian numbers at offsets the caller has checked against the size.
private struct ByteReader {
    let bytes: [UInt8]

    func u16(_ offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> Int {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return u16(offset) | u16(offset + 2) << 16
    }
}
