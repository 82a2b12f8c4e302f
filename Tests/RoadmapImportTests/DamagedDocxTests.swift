import Foundation
import Testing
@testable import RoadmapImport

/// A damaged DOCX ends with a message in time proportional to its size:
/// a stream cut short, a flipped byte, a broken checksum. ZIPFoundation
/// alone asked for more bytes past the end of a cut stream for ever.
@Suite struct DamagedDocxTests {
    private static let body = "word/document.xml"

    private func document() throws -> [UInt8] {
        [UInt8](try DocxBuilder.plan(measures: 40).data())
    }

    private func outcome(_ bytes: [UInt8]) -> Result<Int, ImportError> {
        Result { () throws(ImportError) in
            try RoadmapImporter.read(Data(bytes), file: "карта.docx", ext: "docx").data.measures.count
        }
    }

    @Test func aStreamCutShortEnds() throws {
        var zip = try document()
        let record = ZipMaker.centralRecord(zip, Self.body)
        ZipMaker.set32(&zip, record + 20, ZipMaker.u32(zip, record + 20) / 2)
        guard case .failure(let error) = outcome(zip) else { Issue.record("прочитан обрезанный поток"); return }
        #expect(error.description == "карта.docx: не удалось открыть как DOCX: сжатые данные «word/document.xml» повреждены или обрываются — файл повреждён")
    }

    @Test func aWrongChecksumIsNamed() throws {
        var zip = try document()
        let record = ZipMaker.centralRecord(zip, Self.body)
        ZipMaker.set32(&zip, record + 16, ZipMaker.u32(zip, record + 16) ^ 1)
        guard case .failure(let error) = outcome(zip) else { Issue.record("прочитан с неверной суммой"); return }
        #expect(error.description == "карта.docx: не удалось открыть как DOCX: контрольная сумма «word/document.xml» не сходится — файл повреждён")
    }

    @Test func aStoredPartIsCheckedToo() throws {
        var zip = [UInt8](try ZipMaker.archive(DocxBuilder.packageParts + [(Self.body, Data("<w:document/>".utf8))],
                                               method: .none))
        zip[ZipMaker.dataStart(zip, Self.body) + 3] ^= 0x20
        guard case .failure(let error) = outcome(zip) else { Issue.record("прочитан испорченный"); return }
        #expect(error.description == "карта.docx: не удалось открыть как DOCX: контрольная сумма «word/document.xml» не сходится — файл повреждён")
    }

    /// Five bytes flipped, 400 times over (the same 400 every run): each
    /// reads or is refused with a message naming the file.
    @Test func flippedBytesEndInAnAnswer() throws {
        let zip = try document()
        #expect(try outcome(zip).get() == 40)
        var refused = 0
        for mutation in 0..<400 {
            var mutant = zip
            for flip in 0..<5 {
                let spread = mutation &* 2_654_435_761 &+ flip &* 40_503
                mutant[spread % zip.count] ^= UInt8(spread % 255 + 1)
            }
            switch outcome(mutant) {
            case .success: break
            case .failure(let error):
                refused += 1
                #expect(error.file == "карта.docx" && !error.message.isEmpty)
            }
        }
        #expect(refused > 300)
    }
}
