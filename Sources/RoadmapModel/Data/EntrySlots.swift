/// Where the entry of each key sits in an `EntryTable`'s rows: open
/// addressing over the rows' positions, at most two thirds full. It takes
/// 4 bytes a slot where a `[Key: Row]` dictionary takes 28, and is made
/// once, at its final size, instead of doubling (and holding the old and
/// the new storage at once) as a region's records are added.
struct EntrySlots: Sendable {
    /// A row's position, or -1 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    init(capacityFor count: Int) {
        var size = 16
        while size < count + count / 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The row holding `key`, if any.
    func row(of key: EntryTable.Key, in keys: ChunkedStore<EntryTable.Key>) -> Int? {
        var slot = Self.hash(key) & mask
        while true {
            let row = Int(slots[slot])
            if row < 0 { return nil }
            if keys[row] == key { return row }
            slot = (slot + 1) & mask
        }
    }

    /// Files `row` under its key; false, and nothing filed, when a row
    /// with the same key is there already (the first one is kept).
    mutating func insert(_ row: Int, in keys: ChunkedStore<EntryTable.Key>) -> Bool {
        let key = keys[row]
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 {
            if keys[Int(slots[slot])] == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(row)
        return true
    }

    /// Keys are small neighbouring integers, so they are mixed well
    /// (the SplitMix64 finaliser) before their low bits pick a slot.
    private static func hash(_ key: EntryTable.Key) -> Int {
        var h = UInt64(UInt32(bitPattern: key.measure)) | UInt64(UInt32(bitPattern: key.school)) << 32
        h ^= UInt64(UInt32(bitPattern: key.occurrence)) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: h ^ (h >> 31))
    }
}
