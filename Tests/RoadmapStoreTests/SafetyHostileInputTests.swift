import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// A catalogue of broken and hostile data directories. Each case breaks one
/// thing in the good fixture, expects the exact messages, and (through
/// `StoreFixture.loadUnchanged`) checks that loading changed no file.
@Suite("Safety: hostile and broken input")
struct SafetyHostileInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var file: String
        var change: @Sendable (String) -> [UInt8]
        var expected: [String]
    }

    static func text(_ f: @escaping @Sendable (String) -> String) -> @Sendable (String) -> [UInt8] {
        { Array(f($0).utf8) }
    }

    static func replacing(_ old: String, _ new: String) -> @Sendable (String) -> [UInt8] {
        text { $0.replacingOccurrences(of: old, with: new) }
    }

    static let cases: [Case] = [
        Case(description: "a missing comma", file: "schools.json",
             change: replacing("\"id\": \"urozhaynoe\",", "\"id\": \"urozhaynoe\""),
             expected: ["schools.json:6:7: неверный JSON: ожидалась «,» или «}», а встретилось «\"»"]),
        Case(description: "a stray closing bracket", file: "roadmap.json",
             change: replacing("\"period\": \"2022\",", "\"period\": \"2022\"],"),
             expected: ["roadmap.json:10:19: неверный JSON: ожидалась «,» или «}», а встретилось «]»"]),
        Case(description: "a single-quoted string", file: "measures.json",
             change: replacing("\"deadline\": \"Февраль\"", "\"deadline\": 'Февраль'"),
             expected: ["measures.json:9:19: неверный JSON: ожидалось значение, а встретилось «\'»"]),
        Case(description: "a trailing comma", file: "progress/municipal.json",
             change: replacing("\"status\": \"in-progress\"", "\"status\": \"in-progress\","),
             expected: ["progress/municipal.json:16:9: неверный JSON: лишняя запятая перед «}»"]),
        Case(description: "a comment", file: "roadmap.json",
             change: replacing("\"format\": 1,", "\"format\": 1, // версия"),
             expected: ["roadmap.json:2:16: неверный JSON: ожидалось имя поля в кавычках, а встретилось «/»"]),
        Case(description: "two documents in one file", file: "schools.json",
             change: text { $0 + "{}" },
             expected: ["schools.json:33:1: неверный JSON: после конца JSON ничего не должно быть, а встретилось «{»"]),
        Case(description: "a file cut in half", file: "measures.json",
             change: { Array(Array($0.utf8).prefix($0.utf8.count / 2)) },
             expected: ["measures.json:19:78: недопустимая последовательность UTF-8 (0xD0): файл должен быть в кодировке UTF-8"]),
        Case(description: "a file cut inside a Cyrillic letter", file: "roadmap.json",
             change: { text in
                 let bytes = Array(text.utf8)
                 let cut = bytes.firstIndex { $0 >= 0xD0 }! + 1
                 return Array(bytes.prefix(cut))
             },
             expected: ["roadmap.json:3:13: недопустимая последовательность UTF-8 (0xD0): файл должен быть в кодировке UTF-8"]),
        Case(description: "only spaces", file: "schools.json",
             change: { _ in Array("   \n  ".utf8) },
             expected: ["schools.json:2:3: неверный JSON: нет ни одного значения JSON"]),
        Case(description: "a byte-order mark is accepted", file: "schools.json",
             change: { [0xEF, 0xBB, 0xBF] + Array($0.utf8) },
             expected: []),
        Case(description: "two byte-order marks", file: "schools.json",
             change: { [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array($0.utf8) },
             expected: ["schools.json:1:1: неверный JSON: ожидалось значение, а встретилось «﻿»"]),
        Case(description: "invalid UTF-8 in a title", file: "measures.json",
             change: { Array($0.replacingOccurrences(of: "Час контроля", with: "Час \u{1}контроля").utf8).map { $0 == 0x01 ? 0xFF : $0 } },
             expected: ["measures.json:31:21: недопустимая последовательность UTF-8 (0xFF 0xD0 0xBA 0xD0): файл должен быть в кодировке UTF-8"]),
        Case(description: "a NUL byte between values", file: "roadmap.json",
             change: { Array($0.replacingOccurrences(of: "\"period\"", with: "\u{0}\"period\"").utf8) },
             expected: ["roadmap.json:10:3: неверный JSON: нулевой байт (NUL): это не текстовый файл или он повреждён"]),
        Case(description: "a raw NUL byte inside a string", file: "schools.json",
             change: { Array($0.replacingOccurrences(of: "Урожайное\"", with: "Урожай\u{0}ное\"").utf8) },
             expected: ["schools.json:6:36: неверный JSON: нулевой байт (NUL): это не текстовый файл или он повреждён"]),
        Case(description: "an escaped NUL inside a note is kept as data", file: "progress/municipal.json",
             change: replacing("справка направлена в ОО\"", "справка\\u0000 направлена в ОО\""),
             expected: []),
        Case(description: "a number where a string belongs", file: "measures.json",
             change: replacing("\"deadline\": \"Февраль\"", "\"deadline\": 202"),
             expected: ["measures.json:9:19: мероприятие «1»: поле deadline должно быть строкой"]),
        Case(description: "a string where a number belongs", file: "roadmap.json",
             change: replacing("\"format\": 1,", "\"format\": \"1\","),
             expected: ["roadmap.json:2:13: поле format должно быть числом"]),
        Case(description: "an object where a list belongs", file: "measures.json",
             change: replacing("\"responsible\": [\n        \"УО\",\n        \"ИМЦ УО\"\n      ]", "\"responsible\": {}"),
             expected: ["measures.json:33:22: мероприятие «18»: поле responsible должно быть списком строк"]),
        Case(description: "an unknown format version", file: "progress/municipal.json",
             change: replacing("\"format\": 1,", "\"format\": 2,"),
             expected: ["progress/municipal.json:2:13: неизвестная версия формата 2; эта версия программы читает формат 1"]),
        Case(description: "a format version as a huge number", file: "measures.json",
             change: replacing("\"format\": 1,", "\"format\": 1e999999,"),
             expected: ["measures.json:2:13: неизвестная версия формата 1e999999; эта версия программы читает формат 1"]),
        Case(description: "nesting 100000 levels deep", file: "roadmap.json",
             change: text { $0.replacingOccurrences(of: "\"notes\": \"Номер и дата приказа — пример\"",
                                                     with: "\"notes\": " + String(repeating: "[", count: 100_000)) },
             expected: ["roadmap.json:41:211: неверный JSON: вложенность глубже 200 уровней"]),
        Case(description: "a measure id with a slash", file: "measures.json",
             change: replacing("\"id\": \"18\"", "\"id\": \"18/../../etc\""),
             expected: ["measures.json:28:13: мероприятие «18/../../etc»: поле id: «18/../../etc» не годится: без пробелов, «/», «\\» и управляющих символов, от 1 до 32 символов", "progress/schools/urozhaynoe.json:19:18: запись о мероприятии «18» за 2022-03-31: мероприятия «18» нет в measures.json"]),
        Case(description: "a measure id of dots", file: "measures.json",
             change: replacing("\"id\": \"10\"", "\"id\": \"..\""),
             expected: ["progress/schools/urozhaynoe.json:6:18: запись о мероприятии «10»: мероприятия «10» нет в measures.json"]),
        Case(description: "a measure id with a NUL", file: "measures.json",
             change: replacing("\"id\": \"10\"", "\"id\": \"10\\u0000\""),
             expected: ["measures.json:16:13: мероприятие «10\\u0000»: поле id: «10\\u0000» не годится: без пробелов, «/», «\\» и управляющих символов, от 1 до 32 символов", "progress/schools/urozhaynoe.json:6:18: запись о мероприятии «10»: мероприятия «10» нет в measures.json"]),
        Case(description: "a measure id with an escape sequence", file: "measures.json",
             change: replacing("\"id\": \"10\"", "\"id\": \"10\\u001b[2J\""),
             expected: ["measures.json:16:13: мероприятие «10\\u001B[2J»: поле id: «10\\u001B[2J» не годится: без пробелов, «/», «\\» и управляющих символов, от 1 до 32 символов", "progress/schools/urozhaynoe.json:6:18: запись о мероприятии «10»: мероприятия «10» нет в measures.json"]),
        Case(description: "a measure id of 10,000 characters", file: "measures.json",
             change: replacing("\"id\": \"10\"", "\"id\": \"" + String(repeating: "1", count: 10_000) + "\""),
             expected: ["measures.json:16:13: мероприятие «11111111111111111111111111111111111111111111111111111111111111111111111111111111… (всего символов: 10000)»: поле id: «11111111111111111111111111111111111111111111111111111111111111111111111111111111… (всего символов: 10000)» не годится: без пробелов, «/», «\\» и управляющих символов, от 1 до 32 символов", "progress/schools/urozhaynoe.json:6:18: запись о мероприятии «10»: мероприятия «10» нет в measures.json"]),
        Case(description: "a school id with a slash", file: "schools.json",
             change: replacing("\"id\": \"khamidie\"", "\"id\": \"../khamidie\""),
             expected: ["schools.json:27:13: школа «../khamidie»: id школы «../khamidie» не годится для имени файла: только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов"]),
        Case(description: "a school id with a control character", file: "schools.json",
             change: replacing("\"id\": \"khamidie\"", "\"id\": \"kham\\u0007idie\""),
             expected: ["schools.json:27:13: школа «kham\\u0007idie»: id школы «kham\\u0007idie» не годится для имени файла: только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов"]),
        Case(description: "a school id of 10,000 characters", file: "schools.json",
             change: replacing("\"id\": \"khamidie\"", "\"id\": \"" + String(repeating: "k", count: 10_000) + "\""),
             expected: ["schools.json:27:13: школа «kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… (всего символов: 10000)»: id школы «kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… (всего символов: 10000)» не годится для имени файла: только латинские строчные буквы, цифры и «-» (первой — буква или цифра), от 1 до 64 символов"]),
    ]

    @Test(arguments: cases)
    func brokenFileGivesExactMessagesAndChangesNothing(_ item: Case) throws {
        let f = try StoreFixture()
        let original = try f.text(item.file)
        try f.write(item.file, bytes: item.change(original))
        let report = try f.loadUnchanged()
        let shown = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(shown == item.expected)
        if item.expected.isEmpty { #expect(report.data != nil) } else { #expect(report.data == nil) }
    }

    @Test func cutAtEveryPlaceTheFileSaysWhereAndNothingChanges() throws {
        let bytes = Array(StoreFixture.municipalJSON.utf8)
        var seen: Set<String> = []
        for cut in stride(from: 1, to: bytes.count - 2, by: 7) {
            let f = try StoreFixture()
            try f.write("progress/municipal.json", bytes: Array(bytes.prefix(cut)))
            let errors = try f.errors()
            #expect(errors.count == 1, "обрезан на \(cut): \(errors)")
            let first = try #require(errors.first)
            #expect(first.hasPrefix("progress/municipal.json:"), "\(first)")
            seen.insert(String(first.split(separator: ":", maxSplits: 3).last ?? ""))
        }
        // Many different messages, each naming what is missing.
        #expect(seen.count >= 5, "\(seen)")
    }

    @Test func aTenMegabyteTitleLoadsAndIsKeptWhole() throws {
        let f = try StoreFixture()
        let title = String(repeating: "Очень длинное название. ", count: 10 * 1024 * 1024 / 46)
        try f.replace("measures.json", "\"title\": \"Час контроля с директорами ОО\"", with: "\"title\": \"\(title)\"")
        let report = try f.loadUnchanged()
        #expect(report.errors.isEmpty)
        #expect(report.data?.measure("18")?.title == title)
    }

    @Test func aTwoHundredMegabyteFileIsRefusedBySizeWithoutReading() throws {
        let f = try StoreFixture()
        let path = f.url("progress/schools/khamidie.json").path
        // Sparse: no disk space and no memory; reading it would take 200 MB.
        #expect(truncate(path, 200 * 1024 * 1024) == 0)
        try f.expectErrors(["progress/schools/khamidie.json: файл слишком велик: 200,0 МиБ (209715200 байт), предел — 64 МиБ; файл не читался"])
    }

    @Test func missingFilesAreEachNamed() throws {
        let f = try StoreFixture()
        try f.remove("measures.json")
        try f.remove("schools.json")
        try f.expectErrors(["schools.json: файл не найден", "measures.json: файл не найден"])
    }

    @Test func aDataDirectoryThatIsAFile() throws {
        let f = try StoreFixture()
        let report = DataDirectory(f.url("roadmap.json")).load()
        #expect(report.diagnostics.map(\.description) == ["\(f.url("roadmap.json").path): это файл, а не каталог данных"])
        var data = try #require(f.directory.load().data)
        data.apply(HistoryEntry(at: "2022-03-01T10:00:00+03:00", by: "x", status: .done), to: ProgressKey(measure: "1"))
        #expect(throws: StoreError("\(f.url("roadmap.json").path) — это файл, а не каталог данных")) {
            try DataDirectory(f.url("roadmap.json")).save(data, files: [.progress(school: nil)])
        }
    }

    @Test func symlinksLeadingOutsideAreNotRead() throws {
        let f = try StoreFixture()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-outside-\(UUID().uuidString).json")
        try Data(StoreFixture.measuresJSON.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try f.remove("measures.json")
        try FileManager.default.createSymbolicLink(atPath: f.url("measures.json").path, withDestinationPath: outside.path)
        try f.expectErrors(["measures.json: символическая ссылка ведёт за пределы каталога данных (\(outside.path)); такой файл не читается"])
    }

    @Test func saveRefusesSchoolIDsThatWouldLeaveTheDirectory() throws {
        let f = try StoreFixture()
        var data = try #require(f.directory.load().data)
        let before = try f.snapshot()
        for id in ["../evil", "a/b", "..", "x\u{0}y", "k\u{1B}[2J", String(repeating: "k", count: 10_000)] {
            data.apply(HistoryEntry(at: "2022-03-01T10:00:00+03:00", by: "x", status: .done),
                       to: ProgressKey(measure: "10", school: id))
            #expect(throws: StoreError.self) { try f.directory.save(data, files: [.progress(school: id)]) }
        }
        #expect(try f.snapshot() == before)
    }
}
