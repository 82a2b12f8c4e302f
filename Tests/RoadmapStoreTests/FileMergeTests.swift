import Foundation
import Testing
import RoadmapModel
@testable import RoadmapStore

/// The three-way merge of one data file that `roadmap sync`'s merge driver
/// runs when two machines changed it: progress record by record (a record
/// changed on both keeps both histories, the later mark stands), measures
/// and schools element by element, refusing what only a person can settle.
@Suite("Three-way merge of a data file")
struct FileMergeTests {
    static let municipal = "progress/municipal.json"

    /// The terek-2022 sample, loaded once per test.
    let terek: RoadmapData

    init() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try Samples.install("terek-2022", into: root)
        let report = DataDirectory(root).load()
        terek = try #require(report.data, "\(report.errors)")
    }

    func bytes(_ file: DataFile, _ change: (inout RoadmapData) -> Void = { _ in }) -> [UInt8] {
        var data = terek
        change(&data)
        return FileEncoder(data).bytes(for: file)
    }

    static func mark(_ by: String, _ status: Status, at: String, done: String? = nil) -> HistoryEntry {
        HistoryEntry(at: at, by: by, status: status, doneOn: done.flatMap(Day.parse))
    }

    static func records(_ bytes: [UInt8]) throws -> [ProgressKey: ProgressRecord] {
        let list = try #require(DataDirectory.progressRecords(bytes, file: municipal))
        return Dictionary(uniqueKeysWithValues: list.map { ($0.key, $0) })
    }

    static let may = ProgressKey(measure: "18", occurrence: Day.parse("2022-05-31"))

    /// The municipal file with one mark made here and one there, merged
    /// here and there: both machines must reach the same bytes.
    func mergedBothWays(here mine: HistoryEntry, _ myKey: ProgressKey,
                        there other: HistoryEntry, _ otherKey: ProgressKey) throws -> MergedFile {
        let file = DataFile.progress(school: nil)
        let base = bytes(file)
        let ours = bytes(file) { _ = $0.apply(mine, to: myKey) }
        let theirs = bytes(file) { _ = $0.apply(other, to: otherKey) }
        let here = try DataDirectory.merge(base: base, ours: ours, theirs: theirs, file: Self.municipal)
        let there = try DataDirectory.merge(base: base, ours: theirs, theirs: ours, file: Self.municipal)
        #expect(here.bytes == there.bytes)
        return here
    }

    @Test func differentRecordsFromTwoMachinesBothLand() throws {
        let merged = try mergedBothWays(
            here: Self.mark("Иванова", .done, at: "2022-05-12T10:00:00+03:00", done: "2022-05-12"), Self.may,
            there: Self.mark("Петрова", .inProgress, at: "2022-05-13T09:00:00+03:00"), ProgressKey(measure: "11"))
        let records = try Self.records(merged.bytes)
        #expect(records[Self.may]?.status == .done)
        #expect(records[ProgressKey(measure: "11")]?.status == .inProgress)
        #expect(merged.resolved.isEmpty)
    }

    @Test func sameRecordOnBothKeepsBothHistoriesAndTheLaterMarkStands() throws {
        let earlier = Self.mark("Петрова", .inProgress, at: "2022-05-12T09:00:00+03:00")
        let later = Self.mark("Иванова", .done, at: "2022-05-12T10:00:00+03:00", done: "2022-05-12")
        let merged = try mergedBothWays(here: later, Self.may, there: earlier, Self.may)
        #expect(try Self.records(merged.bytes)[Self.may]?.history == [earlier, later])
        #expect(merged.resolved == [ResolvedRecord(key: Self.may, kept: later, other: earlier)])
    }

    @Test func marksAtTheSameInstantAreOrderedByAuthorOnBothMachines() throws {
        let petrova = Self.mark("Петрова", .notDone, at: "2022-05-12T10:00:00+03:00")
        // The same instant written in another offset.
        let ivanova = Self.mark("Иванова", .done, at: "2022-05-12T07:00:00Z", done: "2022-05-12")
        let merged = try mergedBothWays(here: petrova, Self.may, there: ivanova, Self.may)
        #expect(try Self.records(merged.bytes)[Self.may]?.history == [ivanova, petrova])
    }

    @Test func aMergedDirectoryPassesValidate() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try Samples.install("terek-2022", into: root)
        let school = DataFile.progress(school: "urozhaynoe")
        let key = ProgressKey(measure: "8", school: "urozhaynoe")
        let base = bytes(school)
        let ours = bytes(school) { _ = $0.apply(Self.mark("Иванова", .inProgress, at: "2022-04-01T10:00:00+03:00"), to: key) }
        let theirs = bytes(school) { _ = $0.apply(Self.mark("Петрова", .done, at: "2022-04-02T10:00:00+03:00", done: "2022-04-02"), to: key) }
        let merged = try DataDirectory.merge(base: base, ours: ours, theirs: theirs, file: school.relativePath)
        try Data(merged.bytes).write(to: root.appendingPathComponent(school.relativePath))
        let report = DataDirectory(root).load()
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.data?.record(key)?.status == .done)
        #expect(report.data?.record(key)?.history.count == 2)
    }

    @Test func aFileNewOnBothSidesMergesWithoutAnAncestor() throws {
        let school = DataFile.progress(school: "khamidie")
        let ours = bytes(school) { _ = $0.apply(Self.mark("Иванова", .inProgress, at: "2022-04-01T10:00:00+03:00"), to: ProgressKey(measure: "8", school: "khamidie")) }
        let theirs = bytes(school) { _ = $0.apply(Self.mark("Петрова", .inProgress, at: "2022-04-01T11:00:00+03:00"), to: ProgressKey(measure: "9", school: "khamidie")) }
        let merged = try DataDirectory.merge(base: [], ours: ours, theirs: theirs, file: school.relativePath)
        let records = try #require(DataDirectory.progressRecords(merged.bytes, file: school.relativePath))
        #expect(Set(records.map(\.key.measure)) == ["8", "9"])
    }

    @Test func measuresMergeByIdAndRefuseTheSameMeasureChangedTwice() throws {
        let base = bytes(.measures)
        func retitled(_ id: String, _ title: String) -> (inout RoadmapData) -> Void {
            { data in
                var measures = data.measures
                if let i = measures.firstIndex(where: { $0.id == id }) { measures[i].title = title }
                data.measures = measures
            }
        }
        let ours = bytes(.measures, retitled("18", "Час контроля (здесь)"))
        let theirs = bytes(.measures, retitled("2", "Мониторинг (там)"))
        let merged = try DataDirectory.merge(base: base, ours: ours, theirs: theirs, file: "measures.json")
        let text = String(decoding: merged.bytes, as: UTF8.self)
        #expect(text.contains("Час контроля (здесь)") && text.contains("Мониторинг (там)"))
        let clash = bytes(.measures, retitled("18", "Час контроля (там)"))
        let refusal = #expect(throws: MergeRefusal.self) {
            try DataDirectory.merge(base: base, ours: ours, theirs: clash, file: "measures.json")
        }
        #expect(refusal?.message.contains("мероприятие «18»") == true)
    }

    @Test func aSchoolAddedThereLandsAfterTheSchoolItFollowed() throws {
        let base = bytes(.schools)
        let added = School(id: "novaya-shkola", name: "МКОУ «Новая школа»", shortName: "Новая")
        let theirs = bytes(.schools) { data in
            var schools = data.schools
            schools.insert(added, at: 1)
            data.schools = schools
        }
        let ours = bytes(.schools) { data in
            var schools = data.schools
            schools[0].curator = "Иванова И.И."
            data.schools = schools
        }
        let merged = try DataDirectory.merge(base: base, ours: ours, theirs: theirs, file: "schools.json")
        let log = FileLog(file: "schools.json")
        let decoded = try #require(DirectoryLoader.parse(merged.bytes, log: log).flatMap { SchoolsDecoder.decode($0, log: log) })
        #expect(decoded.map(\.school.id) == [terek.schools[0].id, "novaya-shkola"] + terek.schools.dropFirst().map(\.id))
        #expect(decoded.first?.school.curator == "Иванова И.И.")
    }

    @Test func aBrokenVersionOrTheRoadmapFileIsRefused() throws {
        let base = bytes(.progress(school: nil))
        let broken = Array("{\"format\": 1, \"records\": [".utf8)
        #expect(throws: MergeRefusal.self) {
            try DataDirectory.merge(base: base, ours: base, theirs: broken, file: Self.municipal)
        }
        #expect(throws: MergeRefusal.self) {
            try DataDirectory.merge(base: self.bytes(.roadmap), ours: self.bytes(.roadmap), theirs: self.bytes(.roadmap), file: "roadmap.json")
        }
    }
}
