import Foundation
import Testing
import RoadmapModel
@testable import RoadmapStore

/// Saves never write over a change they did not see: records changed by
/// someone else are merged in, a record changed on both sides is refused,
/// outside edits are noticed by their bytes, and the write lock names its
/// holder. (Two real processes: `SafetyConcurrencyTests`.)
@Suite("Safety: merging saves, outside edits, the write lock")
struct SafetyMergeTests {
    /// The terek-2022 sample in a fresh temporary folder.
    final class Terek {
        let root: URL
        var directory: DataDirectory { DataDirectory(root) }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-safety-\(UUID().uuidString)")
            try Samples.install("terek-2022", into: root)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func load() throws -> (RoadmapData, Snapshot) {
            let report = directory.load()
            return (try #require(report.data, "\(report.errors)"), report.snapshot)
        }

        func bytes(_ relative: String) throws -> Data { try Data(contentsOf: root.appendingPathComponent(relative)) }
        func write(_ relative: String, _ data: Data) throws { try data.write(to: root.appendingPathComponent(relative)) }
    }

    static let municipal: Set<DataFile> = [.progress(school: nil)]

    static func entry(_ by: String, _ status: Status, note: String? = nil) -> HistoryEntry {
        HistoryEntry(at: "2022-03-28T15:02:11+03:00", by: by, status: status, note: note)
    }

    @Test func recordsChangedByOthersAreMergedNotOverwritten() throws {
        let terek = try Terek()
        var (dashboard, snapshot) = try terek.load()
        // Someone else (another process) marks measure 11 and saves.
        var (other, otherSnapshot) = try terek.load()
        other.apply(Self.entry("Иванова", .inProgress, note: "другой"), to: ProgressKey(measure: "11"))
        _ = try terek.directory.save(other, files: Self.municipal, since: &otherSnapshot)

        dashboard.apply(Self.entry("Петрова", .done, note: "панель"), to: ProgressKey(measure: "12"))
        let outcome = try terek.directory.save(dashboard, files: Self.municipal, since: &snapshot)
        #expect(outcome.written == ["progress/municipal.json"])
        #expect(outcome.takenFromOthers == [ProgressKey(measure: "11")])
        let disk = try terek.load().0
        #expect(disk.record(ProgressKey(measure: "11"))?.note == "другой")
        #expect(disk.record(ProgressKey(measure: "12"))?.note == "панель")
        #expect(outcome.data.record(ProgressKey(measure: "11"))?.note == "другой")
        // The snapshot now describes the merged file: the next save is plain.
        dashboard = outcome.data
        dashboard.apply(Self.entry("Петрова", .done, note: "ещё"), to: ProgressKey(measure: "14"))
        #expect(try terek.directory.save(dashboard, files: Self.municipal, since: &snapshot).takenFromOthers.isEmpty)
    }

    @Test func aRecordChangedOnBothSidesRefusesTheSaveAndWritesNothing() throws {
        let terek = try Terek()
        var (dashboard, snapshot) = try terek.load()
        var (other, otherSnapshot) = try terek.load()
        other.apply(Self.entry("Иванова А.А.", .notDone), to: ProgressKey(measure: "11"))
        _ = try terek.directory.save(other, files: Self.municipal, since: &otherSnapshot)
        let before = try terek.bytes("progress/municipal.json")

        dashboard.apply(Self.entry("Петрова", .done), to: ProgressKey(measure: "11"))
        dashboard.apply(Self.entry("Петрова", .done), to: ProgressKey(measure: "12"))
        let error = #expect(throws: StoreError.self) {
            try terek.directory.save(dashboard, files: Self.municipal, since: &snapshot)
        }
        #expect(error?.reason == .changedOnDisk)
        #expect(error?.message == "не сохранено, тем временем изменено другими: мероприятие 11. — Иванова А.А., «не выполнено», \(Timestamp.russian("2022-03-28T15:02:11+03:00")). Ничего не записано")
        #expect(try terek.bytes("progress/municipal.json") == before)
    }

    @Test func aHandEditKeepingSizeAndSecondIsNoticedByItsBytes() throws {
        let terek = try Terek()
        var (data, snapshot) = try terek.load()
        // The hand edit: the same file with one letter changed, same size,
        // and its time set back to what it was.
        let url = terek.root.appendingPathComponent("progress/municipal.json")
        var other = data
        var otherSnapshot = snapshot
        other.apply(Self.entry("Иванова", .done, note: "aaa"), to: ProgressKey(measure: "11"))
        _ = try terek.directory.save(other, files: Self.municipal, since: &otherSnapshot)
        let written = try terek.bytes("progress/municipal.json")
        let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
        // Both places that hold the note (the record and its history entry).
        let edited = Array(String(decoding: written, as: UTF8.self)
            .replacingOccurrences(of: "\"aaa\"", with: "\"baa\"").utf8)
        #expect(edited != Array(written))
        try Data(edited).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        #expect(try terek.bytes("progress/municipal.json").count == written.count)

        // The process that wrote "aaa" believes the file is as it left it.
        other.apply(Self.entry("Иванова", .done, note: "ccc"), to: ProgressKey(measure: "11"))
        let error = #expect(throws: StoreError.self) {
            try terek.directory.save(other, files: Self.municipal, since: &otherSnapshot)
        }
        #expect(error?.reason == .changedOnDisk)
        #expect(String(decoding: try terek.bytes("progress/municipal.json"), as: UTF8.self).contains("\"baa\""))
        data.apply(Self.entry("x", .done), to: ProgressKey(measure: "12"))
        // The first process never saw measure 11: it merges the hand edit in.
        let outcome = try terek.directory.save(data, files: Self.municipal, since: &snapshot)
        #expect(outcome.data.record(ProgressKey(measure: "11"))?.note == "baa")
    }

    @Test func aChangedPlanFileRefusesTheSave() throws {
        let terek = try Terek()
        var (data, snapshot) = try terek.load()
        var measures = String(decoding: try terek.bytes("measures.json"), as: UTF8.self)
        measures = measures.replacingOccurrences(of: "\"deadline\": \"Февраль\"", with: "\"deadline\": \"Март\"")
        try terek.write("measures.json", Data(measures.utf8))
        data.apply(Self.entry("x", .done), to: ProgressKey(measure: "12"))
        let error = #expect(throws: StoreError.self) {
            try terek.directory.save(data, files: Self.municipal, since: &snapshot)
        }
        #expect(error?.message == "measures.json изменён вне программы после загрузки; ничего не записано — данные нужно перечитать")
        #expect(terek.directory.load().data?.record(ProgressKey(measure: "12")) == nil)
    }

    /// The dashboard's own edits of the plan (a school added, a section
    /// renamed) are written through the same checked save, one after another.
    @Test func planEditsAreSavedAndTheNextSaveComparesWithThem() throws {
        let terek = try Terek()
        var (data, snapshot) = try terek.load()
        data.roadmap.sections[0].title = "Общесистемные меры"
        #expect(try terek.directory.save(data, files: [.roadmap], since: &snapshot).written == ["roadmap.json"])
        data.schools[0].curator = "Иванова И.И."
        #expect(try terek.directory.save(data, files: [.schools], since: &snapshot).written == ["schools.json"])
        let loaded = try #require(terek.directory.load().data)
        #expect(loaded.roadmap.sections[0].title == "Общесистемные меры")
        #expect(loaded.schools[0].curator == "Иванова И.И.")

        // Someone else edits the schools now: our next plan save is refused.
        var schools = String(decoding: try terek.bytes("schools.json"), as: UTF8.self)
        schools = schools.replacingOccurrences(of: "Иванова И.И.", with: "Петрова П.П.")
        try terek.write("schools.json", Data(schools.utf8))
        data.roadmap.sections[1].title = "Общее образование (изменено)"
        #expect(throws: StoreError.self) { try terek.directory.save(data, files: [.roadmap], since: &snapshot) }
        #expect(terek.directory.load().data?.roadmap.sections[1].title == "Общее образование")
    }

    @Test func aBrokenHandEditIsNeverOverwritten() throws {
        let terek = try Terek()
        var (data, snapshot) = try terek.load()
        let broken = Data("{\"format\": 1, \"records\": [\n".utf8)
        try terek.write("progress/municipal.json", broken)
        data.apply(Self.entry("x", .done), to: ProgressKey(measure: "12"))
        let error = #expect(throws: StoreError.self) {
            try terek.directory.save(data, files: Self.municipal, since: &snapshot)
        }
        #expect(error?.message == "progress/municipal.json изменён вне программы и содержит ошибки: progress/municipal.json:2:1: неверный JSON: файл обрывается: список, открытый в строка 1, столбец 26, не закрыт «]»; ничего не записано — исправьте файл (roadmap validate)")
        #expect(try terek.bytes("progress/municipal.json") == broken)
    }

    @Test func leftoverTemporaryFilesAreIgnoredByLoadAndRemovedByTheNextSave() throws {
        let terek = try Terek()
        let leftovers = [".municipal.json.tmp-99999-abc", "schools/.urozhaynoe.json.tmp-1-2"]
        try terek.write("progress/" + leftovers[0], Data("{\"format\": 1, \"rec".utf8))
        try terek.write("progress/" + leftovers[1], Data())
        try terek.write(".measures.json.tmp-5-6", Data("garbage".utf8))
        let report = terek.directory.load()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        var (data, snapshot) = try terek.load()
        data.apply(Self.entry("x", .done), to: ProgressKey(measure: "12"))
        _ = try terek.directory.save(data, files: Self.municipal, since: &snapshot)
        for name in ["progress/" + leftovers[0], "progress/" + leftovers[1], ".measures.json.tmp-5-6"] {
            #expect(!FileManager.default.fileExists(atPath: terek.root.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func theLockRefusesNamingItsHolderAndIsRemovedOnRelease() throws {
        let terek = try Terek()
        let lock = try terek.directory.lockForWriting(who: "Шидукова Л.П.")
        let text = String(decoding: try terek.bytes(WriteLock.fileName), as: UTF8.self)
        #expect(text.contains("pid: \(getpid())\n"))
        let error = #expect(throws: StoreError.self) {
            try terek.directory.lockForWriting(wait: .milliseconds(100))
        }
        #expect(error?.reason == .busy)
        let host = ProcessInfo.processInfo.hostName
        let message = try #require(error?.message)
        #expect(message.hasPrefix("каталог данных занят: сейчас в него записывает «Шидукова Л.П.», компьютер \(host), процесс \(getpid()), с 20"))
        #expect(message.hasSuffix("; ничего не записано, повторите позже"))
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: terek.root.appendingPathComponent(WriteLock.fileName).path))
        try terek.directory.lockForWriting(wait: .zero).release()
    }

    @Test func aLockFileLeftByADeadProcessIsTakenOver() throws {
        let terek = try Terek()
        try terek.write(WriteLock.fileName, Data("host: elsewhere\npid: 999999\nsince: 2022-03-28T15:02:11+03:00\nby: x\n".utf8))
        var (data, snapshot) = try terek.load()
        data.apply(Self.entry("x", .done), to: ProgressKey(measure: "12"))
        let outcome = try terek.directory.save(data, files: Self.municipal, since: &snapshot)
        #expect(outcome.written == ["progress/municipal.json"])
        #expect(!FileManager.default.fileExists(atPath: terek.root.appendingPathComponent(WriteLock.fileName).path))
    }

    @Test func changedFilesSeesOutsideWritesAndNewSchoolFiles() throws {
        let terek = try Terek()
        let (_, snapshot) = try terek.load()
        #expect(snapshot.changedFiles(in: terek.directory).isEmpty)
        var (other, otherSnapshot) = try terek.load()
        other.apply(Self.entry("x", .done), to: ProgressKey(measure: "12"))
        other.apply(Self.entry("x", .done), to: ProgressKey(measure: "2", school: "urozhaynoe"))
        _ = try terek.directory.save(other, files: [.progress(school: nil), .progress(school: "urozhaynoe")],
                                     since: &otherSnapshot)
        #expect(snapshot.changedFiles(in: terek.directory) == ["progress/municipal.json", "progress/schools/urozhaynoe.json"])
        #expect(otherSnapshot.changedFiles(in: terek.directory).isEmpty)
    }
}
