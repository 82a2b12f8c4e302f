import RoadmapModel

/// A version-4-shaped UUID that depends only on the seed and the progress
/// key: regenerating a region gives the same task ids, so a second
/// `task import` updates the tasks instead of doubling them.
enum StableUUID {
    static func make(seed: UInt64, key: ProgressKey) -> String {
        let text = "\(seed)|\(key.measure)|\(key.school ?? "")|\(key.occurrence?.iso ?? "")"
        var random = SeededRandom(seed: fnv1a(text))
        var bytes: [UInt8] = []
        for _ in 0..<2 {
            let word = random.next()
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        let hex = bytes.map { byte in String(byte, radix: 16).leftPadded(to: 2) }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }

    /// FNV-1a over the UTF-8 bytes: small, fixed, the same on every machine
    /// (Swift's own `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
