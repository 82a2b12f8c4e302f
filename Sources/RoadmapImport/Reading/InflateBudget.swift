/// Counts what one part inflates to, against the archive's limits, and
/// stops it the moment it passes one: per part, for the whole archive,
/// and against the compressed bytes read so far.
struct InflateBudget {
    let name: String
    let limits: ArchiveLimits
    let alreadyInflated: Int
    private(set) var inflated = 0

    init(name: String, limits: ArchiveLimits, alreadyInflated: Int) {
        self.name = name
        self.limits = limits
        self.alreadyInflated = alreadyInflated
    }

    mutating func take(_ count: Int, consumed: Int) throws(ZipFault) {
        inflated += count
        if inflated > limits.entryBytes { throw .tooLarge(name, limit: limits.entryBytes) }
        if alreadyInflated + inflated > limits.totalBytes { throw .totalTooLarge(limit: limits.totalBytes) }
        if inflated > limits.ratioGrace, inflated > max(consumed, 1) * limits.ratio {
            throw .ratio(name, limit: limits.ratio)
        }
    }
}
