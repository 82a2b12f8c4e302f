extension EntryTable {
    /// Puts a table together from the parts of each file as they come, so a
    /// loader can let each part go once it is added: the region's entries
    /// are then held once, in the table's chunks, and never also in
    /// the parts of every file at the same time.
    public struct Builder: Sendable {
        private let layout: Layout
        private let choice: Choice
        private var keys = ChunkedStore<Key>()
        private var rows = ChunkedStore<Row>()
        private var notes: NoteStore

        /// With a `spill`, the notes wait there (what a region's document
        /// asks for, whose notes would otherwise be most of its memory);
        /// without one, or once it refuses a write, in memory.
        public init(layout: Layout, choice: Choice, spillingNotesTo spill: (any NoteSpill)? = nil) {
            self.layout = layout
            self.choice = choice
            self.notes = NoteStore(spillingTo: spill)
        }

        /// A file's entries; a key already added keeps the entry added first.
        public mutating func add(_ part: Part) {
            for (key, var row) in zip(part.keys, part.rows) {
                if row.noteLength != .max {
                    let start = Int(row.noteStart)
                    row.noteStart = notes.append(part.notes[start..<start + Int(row.noteLength)])
                }
                keys.append(key)
                rows.append(row)
            }
        }

        /// The table of every entry added.
        public consuming func table() -> EntryTable {
            notes.finish()
            var slots = EntrySlots(capacityFor: keys.count)
            var kept = 0
            for row in keys.indices where slots.insert(row, in: keys) { kept += 1 }
            return EntryTable(layout: layout, choice: choice, keys: keys, rows: rows, notes: notes, slots: slots, count: kept)
        }
    }
}
