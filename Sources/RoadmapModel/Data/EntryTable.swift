/// One history entry per progress record — its status, note and day done —
/// kept in flat storage instead of a record per key: what a document needs
/// of a region's hundreds of thousands of records (the справка the entry
/// each stood at on its day, the calendar the current one) at a few dozen
/// bytes a record, where whole records with their histories take a kilobyte.
///
/// Keys are kept by the positions of their measure and school in the plan
/// the table was made for (`EntryTable.Layout`); a record whose measure or
/// school that plan does not list is not kept, since no occurrence of the
/// plan can ask for it.
public struct EntryTable: Sendable {
    /// What is kept of a record.
    public struct Entry: Hashable, Sendable {
        public var status: Status
        public var note: String?
        public var doneOn: Day?

        public init(status: Status, note: String? = nil, doneOn: Day? = nil) {
            self.status = status
            self.note = note
            self.doneOn = doneOn
        }

        public init(_ entry: HistoryEntry) {
            self.init(status: entry.status, note: entry.note, doneOn: entry.doneOn)
        }
    }

    /// Which entry of each record is kept.
    public enum Choice: Hashable, Sendable {
        /// The entry it stands at on a day (`ProgressRecord.entry(asOf:)`).
        case asOf(Day)
        /// The last one (`ProgressRecord.current`).
        case current

        public func entry(of record: ProgressRecord) -> HistoryEntry? {
            switch self {
            case .asOf(let day): return record.entry(asOf: day)
            case .current: return record.current
            }
        }
    }

    /// The plan's schools and measures by id, so keys are kept as positions.
    public struct Layout: Sendable {
        let schools: [String: Int32]
        let measures: [String: Int32]

        public init(schools: [String], measures: [String]) {
            self.schools = Self.positions(schools)
            self.measures = Self.positions(measures)
        }

        private static func positions(_ ids: [String]) -> [String: Int32] {
            var positions: [String: Int32] = [:]
            positions.reserveCapacity(ids.count)
            for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = Int32(position) }
            return positions
        }

        func key(_ key: ProgressKey) -> Key? {
            guard let measure = measures[key.measure] else { return nil }
            var school: Int32 = -1
            if let id = key.school {
                guard let position = schools[id] else { return nil }
                school = position
            }
            return Key(measure: measure, school: school, occurrence: Key.occurrence(key.occurrence))
        }
    }

    struct Key: Hashable, Sendable {
        var measure: Int32
        /// -1: the municipal record.
        var school: Int32
        /// The day's ordinal, -1 for a measure with one window.
        var occurrence: Int32

        static func occurrence(_ day: Day?) -> Int32 { day.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? -1 }
    }

    /// An entry with its note as a range of `notes` (of the part, or of
    /// the table's `NoteStore` once added to it).
    struct Row: Sendable {
        var status: Status
        /// The day's ordinal, -1 when there is none.
        var doneOn: Int32
        var noteStart: UInt32
        /// `UInt32.max`: no note (an empty one is kept as empty).
        var noteLength: UInt32
    }

    /// One file's records, made where the file is read: the table is put
    /// together from these without any record passing through it.
    public struct Part: Sendable {
        var keys: [Key] = []
        var rows: [Row] = []
        var notes: [UInt8] = []

        public init(_ records: [ProgressRecord], layout: Layout, choice: Choice) {
            keys.reserveCapacity(records.count)
            rows.reserveCapacity(records.count)
            for record in records {
                guard let key = layout.key(record.key), let entry = choice.entry(of: record) else { continue }
                var row = Row(status: entry.status, doneOn: entry.doneOn.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? -1,
                              noteStart: UInt32(notes.count), noteLength: .max)
                if let note = entry.note {
                    notes.append(contentsOf: note.utf8)
                    row.noteLength = UInt32(notes.count) - row.noteStart
                }
                keys.append(key)
                rows.append(row)
            }
        }
    }

    public let choice: Choice
    let layout: Layout
    /// Every row added, in the order added; `slots` finds the one kept for
    /// a key (a key met again later is left out of it).
    let keys: ChunkedStore<Key>
    let rows: ChunkedStore<Row>
    let notes: NoteStore
    let slots: EntrySlots
    /// How many records are kept.
    public let count: Int

    init(layout: Layout, choice: Choice, keys: ChunkedStore<Key>, rows: ChunkedStore<Row>, notes: NoteStore,
         slots: EntrySlots, count: Int) {
        self.layout = layout
        self.choice = choice
        self.keys = keys
        self.rows = rows
        self.notes = notes
        self.slots = slots
        self.count = count
    }

    /// The parts of every file, in any order; a key met twice keeps its first.
    public init(layout: Layout, choice: Choice, parts: [Part]) {
        var builder = Builder(layout: layout, choice: choice)
        for part in parts { builder.add(part) }
        self = builder.table()
    }

    /// The table of records already in memory: what a load with the same
    /// choice makes from the files.
    public init(_ data: RoadmapData, choice: Choice) {
        let layout = Layout(schools: data.schools.map(\.id), measures: data.measures.map(\.id))
        self.init(layout: layout, choice: choice,
                  parts: data.progressBySchool.values.map { Part(Array($0.values), layout: layout, choice: choice) })
    }

    /// The kept entry of a record; nil when there is none (no record, or,
    /// as of a day, nothing had happened yet).
    /// Without `withNote` the note is not read, when only the status and
    /// the day done are asked for (a note may wait in a spill).
    public func entry(of key: ProgressKey, withNote: Bool = true) -> Entry? {
        guard let key = layout.key(key), let row = slots.row(of: key, in: keys) else { return nil }
        return entry(rows[row], withNote: withNote)
    }

    /// The kept status by positions in the plan's schools (-1: municipal)
    /// and measures, as `Overdue.items(schools:measures:…)` asks; planned
    /// when nothing is kept.
    public func status(school: Int, measure: Int, occurrence: Day?) -> Status {
        let key = Key(measure: Int32(measure), school: Int32(school), occurrence: Key.occurrence(occurrence))
        return slots.row(of: key, in: keys).map { rows[$0].status } ?? .planned
    }

    private func entry(_ row: Row, withNote: Bool) -> Entry {
        let note = row.noteLength == .max || !withNote ? nil : notes.text(at: row.noteStart, length: Int(row.noteLength))
        return Entry(status: row.status, note: note, doneOn: row.doneOn < 0 ? nil : Day(ordinal: Int(row.doneOn)))
    }
}

extension Overdue {
    /// The late occurrences from the plan and a table of each record's
    /// entry as of the query's day: the same list as from the records.
    public static func items(plan: RoadmapData, entries: EntryTable, schedule: Schedule, query: OverdueQuery) -> [OverdueItem] {
        precondition(entries.choice == .asOf(query.asOf), "the table is not as of the query's day")
        return items(schools: plan.schools, measures: plan.measures, schedule: schedule, query: query) {
            entries.status(school: $0, measure: $1, occurrence: $2)
        }
    }
}
