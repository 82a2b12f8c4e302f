import Foundation
import Testing
@testable import RoadmapImport

/// What a part says it inflates to is held to the limits — per part, for
/// the whole archive, against its compressed size — before a byte is
/// inflated, and what it does inflate to is stopped at what it said. The
/// limits are said in Russian.
@Suite struct ZipBombTests {
    private func message(_ zip: Data, limits: ArchiveLimits = ArchiveLimits()) -> String? {
        do {
            _ = try DocxReader.read(zip, file: "бомба.docx", limits: limits)
            return nil
        } catch {
            return error.description
        }
    }

    /// 32 MiB of zeros deflate to 32 KiB, a thousand to one: refused by
    /// what the directory says, nothing inflated.
    @Test func aThousandToOneIsStoppedByTheRatio() throws {
        let zip = try ZipMaker.archive(DocxBuilder.packageParts + [("word/document.xml", Data(count: 32 << 20))])
        #expect(zip.count < 200_000)
        #expect(message(zip) == "бомба.docx: не удалось открыть как DOCX: «word/document.xml» сжат больше чем в 100 раз — так сжимают только подделанные архивы («zip-бомбы»); распаковка остановлена")
    }

    @Test func aPartLargerThanTheLimitIsStopped() throws {
        let text = Data(String(repeating: "<w:p>Мероприятие</w:p>", count: 100_000).utf8)
        let zip = try ZipMaker.archive([("word/document.xml", text)])
        let limits = ArchiveLimits(entryBytes: 2 << 20, totalBytes: 8 << 20, ratio: 10_000)
        #expect(message(zip, limits: limits) == "бомба.docx: не удалось открыть как DOCX: «word/document.xml» распаковывается больше чем в 2 МиБ — дорожная карта так велика не бывает; распаковка остановлена (защита от «zip-бомб»)")
        #expect(ArchiveLimits().entryBytes == 256 << 20)
    }

    @Test func partsTogetherLargerThanTheTotalAreStopped() throws {
        let part = Data(String(repeating: "<w:p>Мероприятие</w:p>", count: 25_000).utf8)
        let zip = try ZipMaker.archive([("a.xml", part), ("b.xml", part)])
        let archive = try OfficeArchive(zip, limits: ArchiveLimits(entryBytes: 1 << 20, totalBytes: 1 << 20, ratio: 10_000))
        #expect(try archive.part("a.xml") == part)
        #expect(throws: ZipFault.totalTooLarge(limit: 1 << 20)) { try archive.part("b.xml") }
        #expect(ArchiveLimits().totalBytes == 512 << 20)
    }

    /// The same bomb, its directory saying 1 MiB: inflating stops at 1 MiB.
    @Test func aBombThatUnderstatesItsSizeStopsAtTheStatedSize() throws {
        var zip = [UInt8](try ZipMaker.archive([("word/document.xml", Data(count: 32 << 20))]))
        let record = ZipMaker.centralRecord(zip, "word/document.xml")
        ZipMaker.set32(&zip, record + 24, 1 << 20)
        let archive = try OfficeArchive(Data(zip))
        #expect(throws: ZipFault.corrupt("word/document.xml")) { try archive.part("word/document.xml") }
    }

    /// The directory says 300 bytes; the stream holds more. The
    /// inflated bytes are counted, not the directory's word for them.
    @Test func aPartLargerThanItsDirectorySaysIsRefused() throws {
        var zip = [UInt8](try DocxBuilder().data())
        ZipMaker.set32(&zip, ZipMaker.centralRecord(zip, "word/document.xml") + 24, 300)
        #expect(message(Data(zip)) == "бомба.docx: не удалось открыть как DOCX: сжатые данные «word/document.xml» повреждены или обрываются — файл повреждён")
    }
}
