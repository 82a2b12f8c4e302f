import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// The committed corpus of the `fuzz-docx` target (`Sources/fuzz-docx/corpus`),
/// replayed with the target's promises so `swift test` keeps them: real DOCX
/// files (LibreOffice's, the table script's) and their `document.xml`, and
/// every input the fuzzer found that once crashed or hung the reader.
@Suite struct DocxFuzzCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/fuzz-docx/corpus")

    /// The first byte picks the form, as in the target: 0 the DOCX file,
    /// 1 its `document.xml`, 2 the ODT file, 3 its `content.xml`, 4 the
    /// XLSX file, 5 its only sheet.
    static func document(_ input: [UInt8]) throws -> (Data, ext: String) {
        let bytes = Data(input.dropFirst())
        switch input[0] % 6 {
        case 1: return (try ZipMaker.archive([("word/document.xml", bytes)], method: .none), "docx")
        case 2: return (bytes, "odt")
        case 3: return (try ZipMaker.archive([("content.xml", bytes)], method: .none), "odt")
        case 4: return (bytes, "xlsx")
        case 5: return (try ZipMaker.archive(workbook + [("xl/worksheets/sheet1.xml", bytes)], method: .none), "xlsx")
        default: return (bytes, "docx")
        }
    }

    static let workbook: [(String, Data)] = [
        ("xl/workbook.xml", Data(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
        ("xl/_rels/workbook.xml.rels", Data(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8)),
    ]

    @Test func everyInputEndsInARoadmapOrAMessage() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(names.count >= 20)
        var read: [String] = []
        for name in names {
            let input = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            do {
                let (document, ext) = try Self.document(input)
                let report = try RoadmapImporter.read(document, file: "fuzz.docx",
                                                      options: ImportOptions(period: Period(parsing: "2022")), ext: ext)
                #expect(!report.data.measures.isEmpty, "\(name)")
                read.append(name)
            } catch let error as ImportError {
                #expect(error.file == "fuzz.docx" && !error.message.isEmpty, "\(name)")
            }
        }
        // The seeds with a measures table are read, zipped by Word's rules or as bare XML.
        #expect(Set(["docx-measures30", "docx-lines30", "docx-merged-cells", "docx-table001",
                     "xml-measures30", "xml-merged-cells", "odt-vladivostok", "content-vladivostok",
                     "xlsx-terek", "xlsx-merged", "sheet-terek", "sheet-merged"]).isSubset(of: Set(read)), "\(read)")
    }
}
