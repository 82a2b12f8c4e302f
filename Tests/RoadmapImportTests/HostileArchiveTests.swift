import Foundation
import Testing
@testable import RoadmapImport

/// Archives whose structure lies — the end record, the directory, an
/// entry's header — are refused with a Russian message before a byte is
/// inflated; ZIPFoundation trapped on several of them.
@Suite struct HostileArchiveTests {
    private static let body = "word/document.xml"

    private func docx() throws -> [UInt8] {
        [UInt8](try DocxBuilder.plan(measures: 1).data())
    }

    private func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try RoadmapImporter.read(Data(bytes), file: "карта.docx", ext: "docx")
            return nil
        } catch {
            return error.description
        }
    }

    private func refusal(_ what: String) -> String { "карта.docx: не удалось открыть как DOCX: \(what)" }

    @Test func theUntouchedDocumentReads() throws {
        #expect(message(try docx()) == nil)
    }

    @Test func aDirectoryOffsetPastTheFileIsRefused() throws {
        var zip = try docx()
        ZipMaker.set32(&zip, ZipMaker.endRecord(zip) + 16, zip.count + 1000)
        #expect(message(zip) == refusal("архив повреждён: оглавление архива указывает за пределы файла"))
    }

    @Test func aDirectorySizePastTheEndRecordIsRefused() throws {
        var zip = try docx()
        ZipMaker.set32(&zip, ZipMaker.endRecord(zip) + 12, 0x7FFF_0000)
        #expect(message(zip) == refusal("архив повреждён: оглавление архива указывает за пределы файла"))
    }

    @Test func moreEntriesThanTheDirectoryHoldsAreRefused() throws {
        var zip = try docx()
        let end = ZipMaker.endRecord(zip)
        ZipMaker.set16(&zip, end + 8, 500)
        ZipMaker.set16(&zip, end + 10, 500)
        #expect(message(zip) == refusal("архив повреждён: оглавление архива указывает за пределы файла"))
        ZipMaker.set16(&zip, end + 8, 60_000)
        ZipMaker.set16(&zip, end + 10, 60_000)
        #expect(message(zip) == refusal("в архиве 60000 записей, а в документе их не больше 10000 — файл повреждён или подделан"))
    }

    @Test func countsThatDisagreeAreRefused() throws {
        var zip = try docx()
        ZipMaker.set16(&zip, ZipMaker.endRecord(zip) + 8, 1)
        #expect(message(zip) == refusal("архив разбит на тома — такой документ не прочитать"))
    }

    @Test func zip64MarkersAreRefused() throws {
        var zip = try docx()
        ZipMaker.set32(&zip, ZipMaker.endRecord(zip) + 16, 0xFFFF_FFFF)
        #expect(message(zip)?.contains("архив в формате ZIP64") == true)
    }

    @Test func aLocalHeaderOffsetThatMissesIsRefused() throws {
        var zip = try docx()
        let record = ZipMaker.centralRecord(zip, Self.body)
        ZipMaker.set32(&zip, record + 42, ZipMaker.u32(zip, record + 42) + 3)
        #expect(message(zip) == refusal("архив повреждён: запись «word/document.xml» указывает не на начало файла в архиве"))
        ZipMaker.set32(&zip, record + 42, 0xFFFF_FFF0)
        #expect(message(zip) == refusal("архив повреждён: запись «word/document.xml» указывает не на начало файла в архиве"))
    }

    @Test func aCompressedSizePastTheDirectoryIsRefused() throws {
        var zip = try docx()
        ZipMaker.set32(&zip, ZipMaker.centralRecord(zip, Self.body) + 20, zip.count)
        #expect(message(zip) == refusal("архив повреждён: сжатые данные записи «word/document.xml» выходят за её пределы"))
    }

    @Test func aNameRunningPastTheDirectoryIsRefused() throws {
        var zip = try docx()
        ZipMaker.set16(&zip, ZipMaker.centralRecord(zip, Self.body) + 28, 0xFFFF)
        #expect(message(zip) == refusal("архив повреждён: запись оглавления архива выходит за его пределы"))
    }

    @Test func anUnknownCompressionMethodIsRefused() throws {
        var zip = try docx()
        ZipMaker.set16(&zip, ZipMaker.centralRecord(zip, Self.body) + 10, 12)
        #expect(message(zip) == refusal("запись «word/document.xml» сжата неизвестным способом (метод 12) — файл повреждён или сохранён не Word"))
    }

    @Test func anEncryptedEntryIsRefused() throws {
        var zip = try docx()
        ZipMaker.set16(&zip, ZipMaker.centralRecord(zip, Self.body) + 8, 1)
        #expect(message(zip) == refusal("запись «word/document.xml» зашифрована — снимите пароль с документа"))
    }

    @Test func anArchiveCutShortIsRefused() throws {
        let zip = try docx()
        for length in [0, 10, 21, 22, 100, zip.count / 2, zip.count - 1] {
            let text = message(Array(zip.prefix(length)))
            #expect(text?.hasPrefix("карта.docx: ") == true, "\(length)")
        }
        #expect(message(Array(zip.prefix(zip.count - 1))) == refusal("файл повреждён или это не документ Word (не zip-архив)"))
    }
}
