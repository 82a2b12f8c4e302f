import Foundation
import Testing
@testable import RoadmapModel

/// The compact table of one entry per record answers what the records
/// themselves answer: status, note (none, empty or Russian text) and day
/// done, as of a day or as they stand now.
@Suite("The table of one entry per record")
struct EntryTableTests {
    static func day(_ text: String) -> Day { Day.parse(text)! }

    /// The overdue engine's plan with a few histories: a late «выполнено»,
    /// a note left empty, a record of a school and a measure the plan does
    /// not have, and two windows of one measure.
    static func data() -> RoadmapData {
        var data = OverdueTests.data()
        func mark(_ key: ProgressKey, _ at: String, _ status: Status, note: String? = nil, doneOn: String? = nil) {
            data.apply(HistoryEntry(at: at, by: "Ёлкина Т.С.", status: status, note: note, doneOn: doneOn.map(day)), to: key)
        }
        let municipal = ProgressKey(measure: "1.1")
        mark(municipal, "2020-11-02T09:00:00+03:00", .inProgress, note: "Собраны данные 12 школ")
        mark(municipal, "2020-12-20T09:00:00+03:00", .done, note: "Справка «Итоги мониторинга» направлена", doneOn: "2020-12-18")
        let november = ProgressKey(measure: "1.2", school: "a", occurrence: day("2020-11-30"))
        mark(november, "2020-11-10T09:00:00+03:00", .notDone, note: "")
        mark(ProgressKey(measure: "1.2", school: "a", occurrence: day("2020-12-31")), "2020-12-01T09:00:00+03:00", .cancelled)
        mark(ProgressKey(measure: "1.2", school: "нет-такой"), "2020-12-01T09:00:00+03:00", .done)
        mark(ProgressKey(measure: "9.9"), "2020-12-01T09:00:00+03:00", .done)
        return data
    }

    @Test("as of a day, every record's entry is the one it stood at", arguments: ["2020-10-01", "2020-12-01", "2020-12-19", "2021-06-30"])
    func asOfADay(_ text: String) {
        let data = Self.data(), asOf = Self.day(text)
        let table = EntryTable(data, choice: .asOf(asOf))
        var kept = 0
        for record in data.allRecords {
            let expected = data.entry(of: record.key, asOf: asOf).map(EntryTable.Entry.init)
            let known = data.measure(record.key.measure) != nil && record.key.school.map { data.school($0) != nil } ?? true
            #expect(table.entry(of: record.key) == (known ? expected : nil), "\(record.key)")
            if known && expected != nil { kept += 1 }
        }
        #expect(table.count == kept)
        let schedule = Schedule(data)
        let query = OverdueQuery(asOf: asOf)
        #expect(Overdue.items(plan: data, entries: table, schedule: schedule, query: query)
                == Overdue.items(in: data, schedule: schedule, query: query))
    }

    @Test("the municipal record before and after its late day done")
    func aLateDoneCountsFromItsDay() {
        let data = Self.data()
        let before = EntryTable(data, choice: .asOf(Self.day("2020-12-17"))).entry(of: ProgressKey(measure: "1.1"))
        #expect(before == EntryTable.Entry(status: .inProgress, note: "Собраны данные 12 школ"))
        let after = EntryTable(data, choice: .asOf(Self.day("2020-12-18"))).entry(of: ProgressKey(measure: "1.1"))
        #expect(after == EntryTable.Entry(status: .done, note: "Справка «Итоги мониторинга» направлена",
                                          doneOn: Self.day("2020-12-18")))
    }

    @Test("the current entries; an empty note stays empty, a missing one missing")
    func currentEntries() {
        let data = Self.data()
        let table = EntryTable(data, choice: .current)
        for record in data.allRecords where data.measure(record.key.measure) != nil {
            guard record.key.school.map({ data.school($0) != nil }) ?? true else { continue }
            #expect(table.entry(of: record.key) == record.current.map(EntryTable.Entry.init))
        }
        #expect(table.entry(of: ProgressKey(measure: "1.2", school: "a", occurrence: Self.day("2020-11-30")))?.note == "")
        #expect(table.entry(of: ProgressKey(measure: "1.2", school: "a", occurrence: Self.day("2020-12-31")))?.note == nil)
        #expect(table.entry(of: ProgressKey(measure: "1.2", school: "b", occurrence: Self.day("2020-12-31"))) == nil)
        #expect(table.status(school: 1, measure: 1, occurrence: Self.day("2020-12-31")) == .planned)
        #expect(table.status(school: 0, measure: 1, occurrence: Self.day("2020-12-31")) == .cancelled)
    }

    @Test("parts put together in any order give the same table; a key met twice keeps its first")
    func partsInAnyOrder() {
        let data = Self.data()
        let layout = EntryTable.Layout(schools: data.schools.map(\.id), measures: data.measures.map(\.id))
        let parts = data.progressBySchool.values.map { EntryTable.Part(Array($0.values), layout: layout, choice: .current) }
        let forward = EntryTable(layout: layout, choice: .current, parts: parts)
        let backward = EntryTable(layout: layout, choice: .current, parts: parts.reversed())
        for record in data.allRecords { #expect(forward.entry(of: record.key) == backward.entry(of: record.key)) }
        let key = ProgressKey(measure: "1.1")
        let first = EntryTable.Part([ProgressRecord(key: key, history: [HistoryEntry(at: "", by: "", status: .done, note: "первая")])],
                                    layout: layout, choice: .current)
        let second = EntryTable.Part([ProgressRecord(key: key, history: [HistoryEntry(at: "", by: "", status: .notDone)])],
                                     layout: layout, choice: .current)
        let both = EntryTable(layout: layout, choice: .current, parts: [first, second])
        #expect(both.entry(of: key) == EntryTable.Entry(status: .done, note: "первая"))
        #expect(both.count == 1)
    }
}

/// The table's storage grows in chunks; entries and notes read back the
/// same on both sides of every chunk's edge.
@Suite("The table's chunked storage")
struct EntryTableStorageTests {
    static let schools = (0..<700).map { "s\($0)" }, measures = (0..<30).map { "\($0 + 1).1" }

    static func note(_ school: Int, _ measure: Int) -> String? {
        switch (school * 31 + measure) % 7 {
        case 0: return nil
        case 1: return ""
        case 2 where school % 100 == 0 && measure == 3: return String(repeating: "Ж", count: 1_100_000)
        default: return "Отметка \(school)/\(measure): проведено совещание"
        }
    }

    static func entry(_ school: Int, _ measure: Int) -> EntryTable.Entry {
        EntryTable.Entry(status: measure % 2 == 0 ? .done : .notDone, note: note(school, measure),
                         doneOn: Day(ordinal: 738_000 + school + measure))
    }

    /// 21,000 records with notes of every kind, put into `builder`.
    static func table(_ builder: consuming EntryTable.Builder) -> EntryTable {
        let layout = EntryTable.Layout(schools: schools, measures: measures)
        for (school, id) in schools.enumerated() {
            let records = measures.enumerated().map { measure, measureID in
                let entry = entry(school, measure)
                return ProgressRecord(key: ProgressKey(measure: measureID, school: id),
                                      history: [HistoryEntry(at: "", by: "", status: entry.status, note: entry.note, doneOn: entry.doneOn)])
            }
            builder.add(EntryTable.Part(records, layout: layout, choice: .current))
        }
        return builder.table()
    }

    static func expectEveryEntry(in table: EntryTable) {
        #expect(table.count == schools.count * measures.count)
        for (school, id) in schools.enumerated() {
            for (measure, measureID) in measures.enumerated() {
                #expect(table.entry(of: ProgressKey(measure: measureID, school: id)) == entry(school, measure))
                #expect(table.entry(of: ProgressKey(measure: measureID, school: id), withNote: false)
                        == EntryTable.Entry(status: entry(school, measure).status, doneOn: entry(school, measure).doneOn))
            }
        }
        #expect(table.entry(of: ProgressKey(measure: "1.1", school: "s700")) == nil)
        #expect(table.entry(of: ProgressKey(measure: "1.1")) == nil)
    }

    static var layout: EntryTable.Layout { EntryTable.Layout(schools: schools, measures: measures) }

    @Test("tens of thousands of rows, notes up to two megabytes: each entry is the one added")
    func manyRowsAcrossChunks() {
        Self.expectEveryEntry(in: Self.table(EntryTable.Builder(layout: Self.layout, choice: .current)))
    }

    @Test("notes sent to a spill read back the same")
    func notesInASpill() {
        let spill = MemorySpill(acceptedWrites: .max)
        Self.expectEveryEntry(in: Self.table(EntryTable.Builder(layout: Self.layout, choice: .current, spillingNotesTo: spill)))
        #expect(spill.writes > 1)
    }

    @Test("a spill that refuses a write (the disk is full), at once or later: the notes stay in memory, none is lost",
          arguments: [0, 2])
    func notesWhenTheSpillRefuses(acceptedWrites: Int) {
        let spill = MemorySpill(acceptedWrites: acceptedWrites)
        Self.expectEveryEntry(in: Self.table(EntryTable.Builder(layout: Self.layout, choice: .current, spillingNotesTo: spill)))
        #expect(spill.writes == acceptedWrites)
    }

    @Test("notes that fill the megabyte sent out at a time to its last byte, or pass it, come back whole")
    func notesAtFlushEdges() {
        var notes = NoteStore(spillingTo: MemorySpill(acceptedWrites: .max))
        let pieces = [String(repeating: "a", count: (1 << 20) - 3), "abc", "d", String(repeating: "я", count: 1 << 20), "", "конец"]
        let addresses = pieces.map { notes.append(Array($0.utf8)) }
        for (piece, address) in zip(pieces, addresses) {
            #expect(notes.text(at: address, length: piece.utf8.count) == piece)
        }
    }
}

/// A spill in memory that accepts a number of writes and refuses the rest,
/// as a disk that fills up does.
private final class MemorySpill: NoteSpill, @unchecked Sendable {
    private let lock = NSLock()
    private let acceptedWrites: Int
    private var bytes: [UInt8] = []
    private(set) var writes = 0

    init(acceptedWrites: Int) { self.acceptedWrites = acceptedWrites }

    func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        lock.withLock {
            guard writes < acceptedWrites, offset == self.bytes.count else { return false }
            writes += 1
            self.bytes += bytes
            return true
        }
    }

    func text(at offset: Int, length: Int) -> String {
        lock.withLock { String(decoding: bytes[offset..<offset + length], as: UTF8.self) }
    }
}
