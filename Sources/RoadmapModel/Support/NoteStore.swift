/// Notes' UTF-8 bytes, each found by an address that fits the 32 bits a
/// table's row keeps for it. In memory they are kept in chunks of a
/// megabyte, each note whole in one chunk (a longer note gets a chunk of
/// its own); spilled, they go to a `NoteFile` a megabyte at a time, and an
/// address is a byte offset: below `written` in the file, above it in `tail`.
struct NoteStore: Sendable {
    private static var offsetBits: Int { 20 }
    private static var chunkSize: Int { 1 << offsetBits }
    private var chunks: [[UInt8]] = []
    private let file: NoteFile?
    private var tail: [UInt8] = []
    private var written = 0
    /// Cleared when the file refused a write: the rest stays in `tail`.
    private var writing = true

    /// Notes in memory.
    init() { file = nil }

    /// Notes in `file`, or in memory when there is none.
    init(spillingTo file: NoteFile?) { self.file = file }

    /// Keeps `bytes`; where they are.
    mutating func append(_ bytes: some Collection<UInt8>) -> UInt32 {
        guard file != nil else { return appendToChunks(bytes) }
        let address = written + tail.count
        precondition(address + bytes.count <= Int(UInt32.max), "over 4 GB of notes")
        tail.append(contentsOf: bytes)
        if tail.count >= Self.chunkSize { flush() }
        return UInt32(address)
    }

    /// Writes out what waits in memory; called once the last note is in.
    mutating func finish() {
        if file != nil { flush() }
    }

    private mutating func flush() {
        guard writing, let file, !tail.isEmpty else { return }
        if file.write(tail, at: written) {
            written += tail.count
            tail.removeAll(keepingCapacity: true)
        } else {
            writing = false
        }
    }

    private mutating func appendToChunks(_ bytes: some Collection<UInt8>) -> UInt32 {
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
        guard let file else {
            let chunk = Int(address) >> Self.offsetBits, offset = Int(address) & (Self.chunkSize - 1)
            return String(decoding: chunks[chunk][offset..<offset + length], as: UTF8.self)
        }
        let start = Int(address)
        guard start >= written else { return file.text(at: start, length: length) }
        return String(decoding: tail[start - written..<start - written + length], as: UTF8.self)
    }
}
