import Foundation
import Testing
import RoadmapModel
import RoadmapStore

@Suite("Store: problems with files and the directory")
struct StoreFileProblemsTests {
    @Test func missingDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-missing-\(UUID().uuidString)")
        let report = DataDirectory(root).load()
        #expect(report.data == nil)
        #expect(report.diagnostics.map(\.description) == ["\(root.path): каталог данных не найден"])
        #expect(!FileManager.default.fileExists(atPath: root.path), "загрузка не создаёт каталог")
    }

    @Test func directoryThatIsAFile() throws {
        let fixture = try StoreFixture()
        let file = fixture.url("roadmap.json")
        let report = DataDirectory(file).load()
        #expect(report.diagnostics.map(\.description) == ["\(file.path): это файл, а не каталог данных"])
    }

    @Test func missingFile() throws {
        let f = try StoreFixture()
        try f.remove("roadmap.json")
        try f.expectErrors(["roadmap.json: файл не найден"])
    }

    @Test func missingMunicipalProgressFile() throws {
        let f = try StoreFixture()
        try f.remove("progress/municipal.json")
        try f.expectErrors(["progress/municipal.json: файл не найден"])
    }

    @Test func emptyFile() throws {
        let f = try StoreFixture()
        try f.write("schools.json", "")
        try f.expectErrors(["schools.json: файл пуст", ])
    }

    @Test func fileLargerThanTheLimitIsRefusedBeforeReading() throws {
        let f = try StoreFixture()
        // A sparse file: 65 MiB long, no disk used, never read.
        let handle = try FileHandle(forWritingTo: f.url("measures.json"))
        try handle.truncate(atOffset: 65 * 1024 * 1024)
        try handle.close()
        try f.expectErrors(["measures.json: файл слишком велик: 65,0 МиБ (68157440 байт), предел — 64 МиБ; файл не читался"])
    }

    @Test func directoryWhereAFileShouldBe() throws {
        let f = try StoreFixture()
        try f.remove("measures.json")
        try FileManager.default.createDirectory(at: f.url("measures.json"), withIntermediateDirectories: false)
        try f.expectErrors(["measures.json: это каталог, а не файл"])
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file regardless of permissions"))
    func unreadableFile() throws {
        let f = try StoreFixture()
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: f.url("schools.json").path)
        try f.expectErrors(["schools.json: не удалось прочитать файл: нет прав доступа"])
    }

    @Test func malformedJSONSaysWhereAndWhat() throws {
        let f = try StoreFixture()
        try f.replace("measures.json", "\"scope\": \"municipal\"\n    },", with: "\"scope\": \"municipal\"\n    }")
        try f.expectErrors(["measures.json:15:5: неверный JSON: ожидалась «,» или «]», а встретилось «{»"])
    }

    @Test func duplicateKeyInAFile() throws {
        let f = try StoreFixture()
        try f.replace("schools.json", #""shortName": "Хамидие""#, with: #""shortName": "Хамидие", "name": "Хамидие""#)
        try f.expectErrors([
            "schools.json:29:31: неверный JSON: поле «name» повторяется в одном объекте (первое — строка 28, столбец 7)",
        ])
    }

    @Test func invalidUTF8SaysWhere() throws {
        let f = try StoreFixture()
        var bytes = Array(try f.text("schools.json").utf8)
        let name = Array("Хамидие\"".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: name) })
        bytes[at + 2] = 0xFF  // the second letter of «Хамидие» on line 28
        try f.write("schools.json", bytes: bytes)
        try f.expectErrors([
            "schools.json:28:31: недопустимая последовательность UTF-8 (0xFF 0xB0 0xD0 0xBC): файл должен быть в кодировке UTF-8",
        ])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let f = try StoreFixture()
        try f.write("roadmap.json", bytes: [0xEF, 0xBB, 0xBF] + Array(try f.text("roadmap.json").utf8))
        let report = try f.loadUnchanged()
        #expect(report.errors.isEmpty)
        #expect(report.data?.roadmap.municipality == "Терский муниципальный район")
    }

    @Test func badProgressFileNameIsRefused() throws {
        let f = try StoreFixture()
        try f.write("progress/schools/Khamidie 2.json", #"{"format": 1, "school": "Khamidie 2", "records": []}"#)
        try f.expectErrors([
            "progress/schools/Khamidie 2.json: имя файла не годится: id школы «Khamidie 2» не годится для имени файла: только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов",
        ])
    }

    @Test func symlinkedProgressFileLeadingOutsideIsRefused() throws {
        let f = try StoreFixture()
        let outside = try StoreFixture(files: ["khamidie.json": try f.text("progress/schools/khamidie.json")])
        try f.remove("progress/schools/khamidie.json")
        try FileManager.default.createSymbolicLink(at: f.url("progress/schools/khamidie.json"),
                                                   withDestinationURL: outside.url("khamidie.json"))
        let target = try #require(realpathString(outside.url("khamidie.json").path))
        try f.expectErrors([
            "progress/schools/khamidie.json: символическая ссылка ведёт за пределы каталога данных (\(target)); такой файл не читается",
        ])
    }

    @Test func symlinkInsideTheDirectoryIsFollowed() throws {
        let f = try StoreFixture()
        try f.write("archive/khamidie.json", try f.text("progress/schools/khamidie.json"))
        try f.remove("progress/schools/khamidie.json")
        try FileManager.default.createSymbolicLink(atPath: f.url("progress/schools/khamidie.json").path,
                                                   withDestinationPath: "../../archive/khamidie.json")
        #expect(try f.loadUnchanged().errors.isEmpty)
    }

    @Test func symlinkedSchoolsFolderLeadingOutsideIsRefused() throws {
        let f = try StoreFixture()
        let outside = try StoreFixture(files: ["khamidie.json": try f.text("progress/schools/khamidie.json")])
        try FileManager.default.removeItem(at: f.url("progress/schools"))
        try FileManager.default.createSymbolicLink(at: f.url("progress/schools"), withDestinationURL: outside.root)
        let target = try #require(realpathString(outside.root.path))
        try f.expectErrors([
            "progress/schools: символическая ссылка ведёт за пределы каталога данных (\(target)); отметки школ не читаются",
        ])
    }

    private func realpathString(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
