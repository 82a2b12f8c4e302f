/// Append-only storage in chunks of a fixed size. Growing never copies
/// what is there, nor holds two copies of it at once as an array that
/// doubles does: a region's table grows to hundreds of thousands of rows,
/// and each doubling would leave the old storage behind in the allocator.
struct ChunkedStore<Element: Sendable>: Sendable {
    private static var shift: Int { 14 }
    private static var mask: Int { (1 << shift) - 1 }
    private var chunks: [[Element]] = []
    private(set) var count = 0

    var indices: Range<Int> { 0..<count }

    mutating func append(_ element: Element) {
        if count & Self.mask == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.mask + 1)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    subscript(index: Int) -> Element { chunks[index >> Self.shift][index & Self.mask] }
}

/// Notes' UTF-8 bytes in chunks of a megabyte, each note whole in one
/// chunk (a longer note gets a chunk of its own), found by an address
/// that fits the 32 bits a table's row keeps for it.
struct NoteStore: Sendable {
    private static var offsetBits: Int { 20 }
    private static var chunkSize: Int { 1 << offsetBits }
    private var chunks: [[UInt8]] = []

    /// Keeps `bytes`; where they are.
    mutating func append(_ bytes: some Collection<UInt8>) -> UInt32 {
        let length = bytes.count
        if chunks.isEmpty || chunks[chunks.count - 1].count + length > Self.chunkSize {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(length, Self.chunkSize))
            chunks.append(chunk)
        }
        let chunk = chunks.count - 1
        precondition(chunk < 1 << (32 - Self.offsetBits), "over 4 GB of notes")
        let offset = chunks[chunk].count
        chunks[chunk].append(contentsOf: bytes)
        return UInt32(chunk << Self.offsetBits | offset)
    }

    /// The `length` bytes kept at `address`, as text.
    func text(at address: UInt32, length: Int) -> String {
        let chunk = Int(address) >> Self.offsetBits, offset = Int(address) & (Self.chunkSize - 1)
        return String(decoding: chunks[chunk][offset..<offset + length], as: UTF8.self)
    }
}
