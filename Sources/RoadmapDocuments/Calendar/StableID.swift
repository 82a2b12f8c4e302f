/// A short fingerprint of text that is the same on every run and machine
/// (Swift's `Hasher` is seeded per process): FNV-1a, 64 bits, in hex.
enum StableID {
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
