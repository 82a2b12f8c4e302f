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
    /// 1 its `document.xml`.
    static func document(_ input: [UInt8]) throws -> Data {
        let bytes = Data(input.dropFirst())
        guard input[0] % 2 == 1 else { return bytes }
        return try ZipMaker.archive([("word/document.xml", bytes)], method: .none)
    }

    @Test func everyInputEndsInARoadmapOrAMessage() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(names.count >= 14)
        var read: [String] = []
        for name in names {
            let input = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            do {
                let report = try RoadmapImporter.read(try Self.document(input), file: "fuzz.docx",
                                                      options: ImportOptions(period: Period(parsing: "2022")), ext: "docx")
                #expect(!report.data.measures.isEmpty, "\(name)")
                read.append(name)
            } catch let error as ImportError {
                #expect(error.file == "fuzz.docx" && !error.message.isEmpty, "\(name)")
            }
        }
        // The seeds with a measures table are read, zipped by Word's rules or as bare XML.
        #expect(Set(["docx-measures30", "docx-lines30", "docx-merged-cells", "docx-table001",
                     "xml-measures30", "xml-merged-cells"]).isSubset(of: Set(read)), "\(read)")
    }
}
