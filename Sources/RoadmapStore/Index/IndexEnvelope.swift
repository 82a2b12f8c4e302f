/// The frame around every index file's body: a magic word naming the kind
/// of file, the format version and a checksum of the body, so a foreign,
/// older or damaged file is refused before anything in it is believed.
enum IndexEnvelope {
    static func wrap(_ body: [UInt8], magic: [UInt8], version: UInt32) -> [UInt8] {
        var file = IndexWriter()
        for byte in magic { file.u8(byte) }
        file.u32(version)
        file.u64(SourceStamp.hash(body))
        return file.bytes + body
    }

    /// A reader at the start of the body, once magic, version and checksum agree.
    static func open(_ bytes: [UInt8], magic: [UInt8], version: UInt32) throws(IndexError) -> IndexReader {
        guard bytes.count >= magic.count + 12, Array(bytes.prefix(magic.count)) == magic else { throw .notAnIndex }
        var header = IndexReader(bytes, from: magic.count)
        let found = try header.u32()
        guard found == version else { throw .otherVersion(found) }
        let checksum = try header.u64()
        let bodyStart = magic.count + 12
        guard SourceStamp.hash(bytes[bodyStart...]) == checksum else { throw .damaged("checksum") }
        return IndexReader(bytes, from: bodyStart)
    }
}
