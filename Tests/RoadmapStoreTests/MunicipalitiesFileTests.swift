import Foundation
import Testing
@testable import RoadmapStore

/// `municipalities.json` of a regional folder: written as the store writes
/// its files, valid against its schema, and a hand edit that breaks it
/// named with its line, column and what is wrong.
@Suite("The region's municipalities file")
struct MunicipalitiesFileTests {
    static let list = [
        Municipality(name: "Терский район", remote: "git@git.example.ru:terek/roadmap.git", folder: "terskiy-rayon"),
        Municipality(name: "Владивосток", remote: "https://git.example.ru/vl/roadmap.git", folder: "vladivostok"),
    ]

    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-region-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        var file: URL { url.appendingPathComponent(MunicipalitiesFile.name) }

        func write(_ text: String) throws { try Data(text.utf8).write(to: file) }
    }

    @Test func whatIsWrittenIsReadBackAndFollowsTheSchema() throws {
        let folder = try Folder()
        try MunicipalitiesFile.write(Self.list, region: folder.url)
        let loaded = MunicipalitiesFile.read(region: folder.url)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.municipalities == Self.list)
        let outcome = try SchemaValidator.validate([folder.file], against: "municipalities")
        #expect(outcome.isValid, "\(outcome.output)")
    }

    @Test func aMissingFileIsAnEmptyRegion() throws {
        let folder = try Folder()
        let loaded = MunicipalitiesFile.read(region: folder.url)
        #expect(loaded.municipalities == [])
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func brokenJSONIsNamedWithItsPlace() throws {
        let folder = try Folder()
        try folder.write("{\n  \"format\": 1,\n  \"municipalities\": [\n    {\"name\": \"Терский район\" \"remote\": \"x\"}\n  ]\n}\n")
        let loaded = MunicipalitiesFile.read(region: folder.url)
        #expect(loaded.municipalities == nil)
        let error = try #require(loaded.errors.first)
        #expect(error.file == "municipalities.json" && error.line == 4, "\(error)")
        #expect(error.description.hasPrefix("municipalities.json:4:"), "\(error)")
        #expect(error.message.contains("неверный JSON"), "\(error)")
    }

    @Test func aMissingAddressASecondNameAndABadFolderAreEachNamed() throws {
        let folder = try Folder()
        try folder.write("""
            {
              "format": 1,
              "municipalities": [
                {"name": "Терский район", "remote": "a", "folder": "terek"},
                {"name": "Лесной", "folder": "lesnoy"},
                {"name": "Терский район", "remote": "b", "folder": "Терек"}
              ]
            }

            """)
        let loaded = MunicipalitiesFile.read(region: folder.url)
        #expect(loaded.municipalities == nil)
        let messages = loaded.errors.map(\.description)
        #expect(messages.contains { $0.hasPrefix("municipalities.json:5:") && $0.contains("муниципалитет «Лесной»: нет обязательного поля remote") },
                "\(messages)")
        #expect(messages.contains { $0.hasPrefix("municipalities.json:6:") && $0.contains("уже есть (строка 4)") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("municipalities.json:6:") && $0.contains("поле folder") && $0.contains("«Терек»") },
                "\(messages)")
        // The schema says the same about the same file.
        let outcome = try SchemaValidator.validate([folder.file], against: "municipalities")
        #expect(outcome.isRejection, "\(outcome.output)")
    }

    @Test func anUnknownFieldIsAWarningWithAGuess() throws {
        let folder = try Folder()
        try folder.write("{\"format\": 1, \"municipalities\": [{\"name\": \"Лесной\", \"remote\": \"a\", \"folder\": \"lesnoy\", \"remot\": \"b\"}]}\n")
        let loaded = MunicipalitiesFile.read(region: folder.url)
        #expect(loaded.municipalities?.count == 1)
        let warning = try #require(loaded.diagnostics.first)
        #expect(warning.severity == .warning && warning.message.contains("«remot»") && warning.message.contains("remote"), "\(warning)")
    }
}
