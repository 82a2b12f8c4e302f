import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// The committed fuzz corpora (`Sources/fuzz-*/corpus`), replayed with the same
/// promises the fuzz targets check, so `swift test` keeps them: the real
/// phrases of the documents and the bundled sample files.
@Suite("Safety: fuzz corpora replayed")
struct SafetyFuzzCorpusTests {
    static func corpus(_ name: String) throws -> [[UInt8]] {
        let folder = TestPaths.repositoryRoot.appendingPathComponent("Sources/fuzz-\(name)/corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    @Test func deadlinePhrasesKeepTheirPromises() throws {
        let inputs = try Self.corpus("deadline")
        #expect(inputs.count >= 100)
        var recognized = 0
        for bytes in inputs {
            let phrase = String(decoding: bytes, as: UTF8.self)
            for period in ["2020-2021", "2022"] {
                let context = DeadlineContext(period: try #require(Period(parsing: period)))
                let deadline = DeadlineParser.parse(phrase, in: context)
                #expect(deadline.phrase == phrase)
                #expect(deadline.windows.allSatisfy { $0.start <= $0.end }, "\(phrase)")
                if deadline.isRecognized { recognized += 1 }
            }
        }
        // Most seeds are real deadline cells and are read; the rest are
        // fragments quoted in the README («г.», «срок не распознан»).
        #expect(recognized * 5 >= inputs.count * 2 * 4, "прочитано \(recognized) из \(inputs.count * 2)")
    }

    @Test func sampleFilesCheckCleanAndRoundTrip() throws {
        let kinds: [DataFile] = [.roadmap, .schools, .measures, .progress(school: nil), .progress(school: "urozhaynoe")]
        let inputs = try Self.corpus("store")
        #expect(inputs.count >= 10)
        for input in inputs {
            let file = kinds[Int(input[0]) % kinds.count]
            let bytes = Array(input.dropFirst())
            let errors = DataDirectory.check(bytes, as: file).filter { $0.severity == .error }
            // A school's file is checked under one id: only the name may disagree.
            #expect(errors.allSatisfy { $0.message.contains("не совпадает с именем файла") }, "\(errors)")
            let parsed = JSONParser.parse(bytes)
            let root = try #require(parsed.root)
            #expect(JSONParser.parse(JSONWriter.bytes(root.plain)).root?.plain == root.plain)
        }
    }
}
