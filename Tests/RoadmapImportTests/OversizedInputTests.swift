import Foundation
import Testing
@testable import RoadmapImport

/// Input far beyond any roadmap is refused before minutes are spent on
/// it: by the file's size before a byte is read, by its lines before a row
/// is made, by a DOCX body's rows while it is parsed.
@Suite struct OversizedInputTests {
    private let rowsMessage = "в документе больше 200000 строк — для дорожной карты слишком много; проверьте, тот ли это файл; не прочитан"

    @Test func aFileOverTheLimitIsRefusedByItsSize() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("огромный.txt")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("План\n".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        #expect(throws: ImportError(file: "огромный.txt", "файл слишком велик для дорожной карты: 200,0 МиБ, а читаются файлы до 64 МиБ — проверьте, тот ли это файл; не прочитан")) {
            try RoadmapImporter.read(file, named: "огромный.txt")
        }
    }

    @Test func bytesOverTheLimitAreRefusedToo() throws {
        let bytes = Data(count: (64 << 20) + 1)
        #expect(throws: ImportError(file: "x.txt", "файл слишком велик для дорожной карты: 64,0 МиБ, а читаются файлы до 64 МиБ — проверьте, тот ли это файл; не прочитан")) {
            try RoadmapImporter.read(bytes, file: "x.txt", ext: "txt")
        }
    }

    @Test func tooManyLinesAreRefusedInTextAndCSV() throws {
        let text = Data(("План на 2022 год" + String(repeating: "\n", count: 200_000)).utf8)
        for ext in ["txt", "csv", "tsv"] {
            #expect(throws: ImportError(file: "строки.\(ext)", rowsMessage)) {
                try RoadmapImporter.read(text, file: "строки.\(ext)", ext: ext)
            }
        }
        let fits = Data(("План на 2022 год" + String(repeating: "\n", count: 199_999)).utf8)
        // One line fewer is read, and found to hold no table.
        do {
            _ = try RoadmapImporter.read(fits, file: "строки.txt", ext: "txt")
            Issue.record("прочитан файл без таблицы")
        } catch {
            #expect(error.message.hasPrefix("таблица мероприятий не найдена"))
        }
    }

    /// Empty paragraphs are six bytes each in the XML; the parse stops at
    /// the limit instead of making millions of rows.
    @Test func aDocxBodyOfTooManyRowsIsStopped() throws {
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + String(repeating: "<w:p/>", count: 200_001) + "</w:body></w:document>"
        let zip = try ZipMaker.archive([("word/document.xml", Data(xml.utf8))], method: .none)
        #expect(throws: ImportError(file: "абзацы.docx", rowsMessage)) {
            try RoadmapImporter.read(zip, file: "абзацы.docx", ext: "docx")
        }
    }
}
