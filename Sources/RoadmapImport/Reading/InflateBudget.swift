/// What one part may inflate to. Its size as the directory states it is
/// held to the archive's limits before a byte is inflated — per part, for
/// the whole archive, and against its compressed size — and while it
/// inflates, the bytes are counted and stopped the moment they pass that
/// size: a part that says it is small and is not is damaged or forged.
struct InflateBudget {
    let entry: ZipDirectory.Entry
    private(set) var inflated = 0

    init(_ entry: ZipDirectory.Entry, limits: ArchiveLimits, alreadyInflated: Int) throws(ZipFault) {
        let size = entry.uncompressedSize
        if size > limits.entryBytes { throw .tooLarge(entry.name, limit: limits.entryBytes) }
        if alreadyInflated + size > limits.totalBytes { throw .totalTooLarge(limit: limits.totalBytes) }
        if size > limits.ratioGrace, size > entry.compressedSize * limits.ratio {
            throw .ratio(entry.name, limit: limits.ratio)
        }
        self.entry = entry
    }

    mutating func take(_ count: Int) throws(ZipFault) {
        inflated += count
        if inflated > entry.uncompressedSize { throw .corrupt(entry.name) }
    }
}
