import Foundation
import Testing
@testable import RoadmapImport

/// What an archive inflates to is counted while it inflates and stopped
/// past a limit — per part, for the whole archive, and against the
/// compressed bytes read — and the limits are said in Russian.
@Suite struct ZipBombTests {
    private func message(_ zip: Data, limits: ArchiveLimits = ArchiveLimits()) -> String? {
        do {
            _ = try DocxReader.read(zip, file: "бомба.docx", limits: limits)
            return nil
        } catch {
            return error.description
        }
    }

    /// 32 MiB of zeros deflate to 32 KiB, a thousand to one: stopped after
    /// a few megabytes, long before the part is out.
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

    /// The directory says 300 bytes; the stream holds more. The
    /// inflated bytes are counted, not the directory's word for them.
    @Test func aPartLargerThanItsDirectorySaysIsRefused() throws {
        var zip = [UInt8](try DocxBuilder().data())
        ZipMaker.set32(&zip, ZipMaker.centralRecord(zip, "word/document.xml") + 24, 300)
        #expect(message(Data(zip)) == "бомба.docx: не удалось открыть как DOCX: сжатые данные «word/document.xml» повреждены или обрываются — файл повреждён")
    }
}
