import Foundation
import ZIPFoundation

/// A zip-packed office document (DOCX; ODT and XLSX are the same kind of
/// package): its directory checked (`ZipDirectory`), its parts inflated
/// under `ArchiveLimits`. Inflating is ZIPFoundation's; the bytes it is
/// fed come from here, bounded by the entry, because its own reader keeps
/// asking for more past the end of a damaged stream and never stops.
final class OfficeArchive {
    private let bytes: [UInt8]
    private let directory: ZipDirectory
    private let limits: ArchiveLimits
    private var inflated = 0

    init(_ data: Data, limits: ArchiveLimits = ArchiveLimits()) throws(ZipFault) {
        bytes = [UInt8](data)
        directory = try ZipDirectory(bytes)
        self.limits = limits
    }

    /// The part's bytes, or nil when the archive has no such part.
    func part(_ name: String) throws(ZipFault) -> Data? {
        guard let entry = directory.entry(named: name) else { return nil }
        var budget = try InflateBudget(entry, limits: limits, alreadyInflated: inflated)
        let data: Data
        switch entry.method {
        case .stored:
            data = Data(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
            guard data.crc32(checksum: 0) == entry.crc32 else { throw .checksum(name) }
        case .deflated:
            data = try inflate(entry, budget: &budget)
        }
        inflated += data.count
        return data
    }

    private func inflate(_ entry: ZipDirectory.Entry, budget: inout InflateBudget) throws(ZipFault) -> Data {
        let start = entry.dataOffset, end = entry.dataOffset + entry.compressedSize
        var output = Data()
        let checksum: CRC32
        do {
            // ZIPFoundation tells zlib every chunk is `size` long, so a short
            // last chunk is padded; a stream still wanting bytes after it is
            // cut short, and the next request ends the inflating. What the
            // padding inflates to is held to the part's size like the rest.
            checksum = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: Self.chunk, skipCRC32: false,
                provider: { [bytes] position, size in
                    let from = start + Int(position)
                    guard from < end else { throw ZipFault.corrupt(entry.name) }
                    var chunk = Data(bytes[from..<min(end, from + size)])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { piece in
                    try budget.take(piece.count)
                    output.append(piece)
                })
        } catch {
            // Ours (past the part's size, past its bytes) as they are; zlib's as damage.
            throw (error as? ZipFault) ?? .corrupt(entry.name)
        }
        guard output.count == entry.uncompressedSize, checksum == entry.crc32 else {
            throw output.count == entry.uncompressedSize ? .checksum(entry.name) : .corrupt(entry.name)
        }
        return output
    }

    private static let chunk = 64 << 10
}
