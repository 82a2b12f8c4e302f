/// Somewhere outside memory for a table's notes (the store gives a
/// temporary file): a region's notes are the larger half of what a
/// document keeps per record, and each is read once or twice.
public protocol NoteSpill: Sendable {
    /// Writes all of `bytes` at `offset`; false when refused (no space
    /// left, a quota) — the notes not written then stay in memory.
    func write(_ bytes: [UInt8], at offset: Int) -> Bool

    /// The `length` bytes written at `offset`, as text.
    func text(at offset: Int, length: Int) -> String
}
