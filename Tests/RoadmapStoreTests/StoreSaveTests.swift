import Foundation
import Testing
import RoadmapModel
import RoadmapStore

@Suite("Store: saving and creating")
struct StoreSaveTests {
    static let allFiles: Set<DataFile> = [.roadmap, .schools, .measures, .progress(school: nil),
                                          .progress(school: "urozhaynoe"), .progress(school: "khamidie")]

    private func loaded(_ fixture: StoreFixture) throws -> RoadmapData {
        let report = fixture.directory.load()
        return try #require(report.data, "\(report.errors)")
    }

    @Test func resavingAnUnchangedDirectoryWritesNothing() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        let before = try f.snapshot()
        let written = try f.directory.save(data, files: Self.allFiles)
        #expect(written == [])
        #expect(try f.snapshot() == before)
    }

    @Test func savingAMarkRewritesOnlyThatSchoolsFile() throws {
        let f = try StoreFixture()
        var data = try loaded(f)
        let key = ProgressKey(measure: "10", school: "urozhaynoe")
        data.apply(HistoryEntry(at: "2022-05-30T12:00:00+03:00", by: "Директор ОО", status: .done,
                                note: "Составлены индивидуальные маршруты", doneOn: Day(year: 2022, month: 5, day: 30)), to: key)
        let before = try f.snapshot()
        let written = try f.directory.save(data, files: Self.allFiles)
        #expect(written == ["progress/schools/urozhaynoe.json"])
        let after = try f.snapshot()
        // Files only: the folder's own date changes with the rename into it.
        for (path, state) in before where path != "progress/schools/urozhaynoe.json" && state.bytes != nil {
            #expect(after[path] == state, "\(path) не должен меняться")
        }
        #expect(try loaded(f) == data)
        #expect(try f.text("progress/schools/urozhaynoe.json").contains("""
              "measure": "10",
              "status": "done",
              "note": "Составлены индивидуальные маршруты",
              "doneOn": "2022-05-30",
              "by": "Директор ОО",
              "at": "2022-05-30T12:00:00+03:00",
              "history": [
        """))
        #expect(try hiddenFiles(in: f) == [], "временные файлы убраны")
    }

    @Test func progressFileIsSortedByKeyAndRepeatsTheLastEntry() throws {
        let f = try StoreFixture()
        var data = try loaded(f)
        for measure in ["18", "10"] {
            for (day, note) in [(30, "апрель"), (31, "март")] {
                let key = ProgressKey(measure: measure, school: "khamidie",
                                      occurrence: measure == "18" ? Day(year: 2022, month: day == 30 ? 4 : 3, day: day) : nil)
                data.apply(HistoryEntry(at: "2022-05-01T10:00:00+03:00", by: "Завуч", status: .done, note: note), to: key)
            }
        }
        #expect(try f.directory.save(data, files: [.progress(school: "khamidie")]) == ["progress/schools/khamidie.json"])
        let text = try f.text("progress/schools/khamidie.json")
        let measures = text.split(separator: "\n").filter { $0.hasPrefix("      \"measure\"") || $0.hasPrefix("      \"occurrence\"") }
        #expect(measures == [
            #"      "measure": "10","#,
            #"      "measure": "18","#, #"      "occurrence": "2022-03-31","#,
            #"      "measure": "18","#, #"      "occurrence": "2022-04-30","#,
        ])
        #expect(text.hasPrefix("""
        {
          "format": 1,
          "school": "khamidie",
          "records": [
            {
              "measure": "10",
              "status": "done",
              "note": "март",
              "by": "Завуч",
              "at": "2022-05-01T10:00:00+03:00",
              "history": [
                {
                  "at": "2022-05-01T10:00:00+03:00",
                  "by": "Завуч",
                  "status": "done",
                  "note": "апрель"
                },
                {
        """))
    }

    @Test func roundTripThroughCreateAndLoad() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-create-\(UUID().uuidString)/data")
        defer { try? FileManager.default.removeItem(at: target.deletingLastPathComponent()) }
        try DataDirectory(target).create(data)
        let copy = DataDirectory(target).load()
        #expect(copy.errors.isEmpty)
        #expect(copy.data == data)
        // The fixture is written exactly as the writer writes, so the copy is byte-identical.
        for path in ["roadmap.json", "schools.json", "measures.json", "progress/municipal.json",
                     "progress/schools/urozhaynoe.json", "progress/schools/khamidie.json"] {
            #expect(FileManager.default.contents(atPath: target.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: f.url(path).path), "\(path)")
        }
    }

    @Test func createWritesAnEmptyProgressFilePerSchool() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        let data = RoadmapData(
            roadmap: Roadmap(title: "Дорожная карта", municipality: "Серышевский район", period: .calendar(year: 2023),
                             sections: [Section(number: "1", title: "Организационные мероприятия")]),
            schools: [School(id: "seryshevo-1", name: "МОБУ СОШ № 1 пгт Серышево", shortName: "СОШ № 1")],
            measures: [Measure(id: "1.1", number: "1.1.", section: "1", title: "Совещание", deadline: "Ежеквартально",
                               responsible: ["Королюк А.А."], scope: .everySchool)])
        try DataDirectory(target).create(data)
        #expect(try String(contentsOf: target.appendingPathComponent("progress/schools/seryshevo-1.json"), encoding: .utf8) == """
        {
          "format": 1,
          "school": "seryshevo-1",
          "records": []
        }

        """)
        #expect(try String(contentsOf: target.appendingPathComponent("progress/municipal.json"), encoding: .utf8)
                == "{\n  \"format\": 1,\n  \"records\": []\n}\n")
        let report = DataDirectory(target).load()
        #expect(report.data == data)
        #expect(report.data?.roadmap.riskFactors == RiskFactor.federalList)
    }

    @Test func createRefusesANonEmptyDirectory() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        let before = try f.snapshot()
        #expect(throws: StoreError("каталог \(f.root.standardizedFileURL.path) не пуст: новый каталог данных создаётся только в пустом или новом каталоге")) {
            try f.directory.create(data)
        }
        #expect(try f.snapshot() == before)
    }

    @Test func createFillsAnExistingEmptyDirectory() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        let empty = try StoreFixture(files: [:])
        try empty.directory.create(data)
        #expect(empty.directory.load().data == data)
    }

    @Test func saveCreatesTheSchoolsFolderWhenMissing() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        try FileManager.default.removeItem(at: f.url("progress/schools"))
        let written = try f.directory.save(data, files: [.progress(school: "urozhaynoe"), .progress(school: "khamidie")])
        #expect(written == ["progress/schools/khamidie.json", "progress/schools/urozhaynoe.json"])
        #expect(try f.text("progress/schools/khamidie.json") == StoreFixture.khamidieJSON)
    }

    @Test(arguments: ["../escape", "a/b", "x\u{0}y", "..", "", "Khamidie"])
    func unsafeSchoolIdsAreNeverWritten(_ id: String) throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        let before = try f.snapshot()
        #expect(throws: StoreError.self) { try f.directory.save(data, files: [.progress(school: id), .roadmap]) }
        #expect(try f.snapshot() == before, "ничего не записано")
        var withBadSchool = data
        withBadSchool.schools.append(School(id: id, name: "Школа", shortName: "Школа"))
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-bad-\(UUID().uuidString)")
        #expect(throws: StoreError.self) { try DataDirectory(target).create(withBadSchool) }
        #expect(!FileManager.default.fileExists(atPath: target.path), "каталог не создан")
    }

    @Test func unsafeIdMessageNamesTheId() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        #expect(throws: StoreError("файл отметок не записан: id школы «../escape» не годится для имени файла: только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов")) {
            try f.directory.save(data, files: [.progress(school: "../escape")])
        }
    }

    @Test func failedWriteNamesTheFileAndReasonAndLeavesNoTemporaryFile() throws {
        let f = try StoreFixture()
        var data = try loaded(f)
        data.apply(HistoryEntry(at: "2022-06-01T09:00:00+03:00", by: "Завуч", status: .inProgress),
                   to: ProgressKey(measure: "10", school: "khamidie"))
        // A non-empty folder where the file should be: the rename must fail.
        try f.remove("progress/schools/khamidie.json")
        try f.write("progress/schools/khamidie.json/keep", "x")
        #expect(throws: StoreError("не удалось записать progress/schools/khamidie.json: это каталог")) {
            try f.directory.save(data, files: [.progress(school: "khamidie")])
        }
        #expect(try hiddenFiles(in: f) == [])
    }

    @Test func savingIntoAMissingDirectoryFails() throws {
        let f = try StoreFixture()
        let data = try loaded(f)
        let missing = f.url("nowhere")
        #expect(throws: StoreError("каталог данных \(missing.path) не найден")) {
            try DataDirectory(missing).save(data, files: [.roadmap])
        }
    }

    private func hiddenFiles(in fixture: StoreFixture) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: fixture.root.path)
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
    }
}
