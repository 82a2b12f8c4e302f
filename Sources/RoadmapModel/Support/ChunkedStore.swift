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
