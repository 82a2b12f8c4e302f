import Foundation
import ZIPFoundation

/// Zips parts in memory with ZIPFoundation, and finds and changes the
/// numbers of the zip structure, so a test can forge what a damaged or
/// hostile archive holds.
enum ZipMaker {
    static func archive(_ parts: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// Offset of the end-of-central-directory record.
    static func endRecord(_ zip: [UInt8]) -> Int {
        lastOffset(of: [0x50, 0x4B, 0x05, 0x06], in: zip)!
    }

    /// Offset of the central directory record of the entry `name`.
    static func centralRecord(_ zip: [UInt8], _ name: String) -> Int {
        var offset = u32(zip, endRecord(zip) + 16)
        while u32(zip, offset) == 0x0201_4B50 {
            let length = u16(zip, offset + 28)
            if String(decoding: zip[(offset + 46)..<(offset + 46 + length)], as: UTF8.self) == name { return offset }
            offset += 46 + length + u16(zip, offset + 30) + u16(zip, offset + 32)
        }
        preconditionFailure("нет записи \(name)")
    }

    /// Offset of the entry's local header.
    static func localHeader(_ zip: [UInt8], _ name: String) -> Int {
        u32(zip, centralRecord(zip, name) + 42)
    }

    /// Offset where the entry's compressed bytes start.
    static func dataStart(_ zip: [UInt8], _ name: String) -> Int {
        let local = localHeader(zip, name)
        return local + 30 + u16(zip, local + 26) + u16(zip, local + 28)
    }

    static func u16(_ bytes: [UInt8], _ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    static func u32(_ bytes: [UInt8], _ offset: Int) -> Int { u16(bytes, offset) | u16(bytes, offset + 2) << 16 }

    static func set16(_ bytes: inout [UInt8], _ offset: Int, _ value: Int) {
        bytes[offset] = UInt8(value & 0xFF)
        bytes[offset + 1] = UInt8(value >> 8 & 0xFF)
    }

    static func set32(_ bytes: inout [UInt8], _ offset: Int, _ value: Int) {
        set16(&bytes, offset, value & 0xFFFF)
        set16(&bytes, offset + 2, value >> 16 & 0xFFFF)
    }

    private static func lastOffset(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        stride(from: bytes.count - pattern.count, through: 0, by: -1).first { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }
}
