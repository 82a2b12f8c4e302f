/// Notes' UTF-8 bytes, each found by its byte offset (32 bits, as a table's
/// row keeps it). With a spill they go out a megabyte at a time: below
/// `written` they are in the spill, from there on in `tail`. Without one,
/// or once it refuses a write, `tail` keeps the rest.
struct NoteStore: Sendable {
    private static var flushSize: Int { 1 << 20 }
    private let spill: (any NoteSpill)?
    private var tail: [UInt8] = []
    private var written = 0
    private var writing: Bool

    init(spillingTo spill: (any NoteSpill)? = nil) {
        self.spill = spill
        writing = spill != nil
    }

    /// Keeps `bytes`; where they are.
    mutating func append(_ bytes: some Collection<UInt8>) -> UInt32 {
        let address = written + tail.count
        precondition(address + bytes.count <= Int(UInt32.max), "over 4 GB of notes")
        tail.append(contentsOf: bytes)
        if tail.count >= Self.flushSize { flush() }
        return UInt32(address)
    }

    /// Sends out what waits in memory; called once the last note is in.
    mutating func finish() { flush() }

    private mutating func flush() {
        guard writing, let spill, !tail.isEmpty else { return }
        if spill.write(tail, at: written) {
            written += tail.count
            tail.removeAll(keepingCapacity: true)
        } else {
            writing = false
        }
    }

    /// The `length` bytes kept at `address`, as text.
    func text(at address: UInt32, length: Int) -> String {
        let start = Int(address)
        if start < written, let spill { return spill.text(at: start, length: length) }
        return String(decoding: tail[start - written..<start - written + length], as: UTF8.self)
    }
}
