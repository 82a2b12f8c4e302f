import Foundation
import Testing
import RoadmapStore
@testable import RoadmapImport

/// Input that is no roadmap gives a Russian error naming the file and the
/// line, and nothing is written.
@Suite struct GarbageInputTests {
    private func importing(_ bytes: [UInt8], name: String) throws -> (ImportError?, Bool) {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path(name)
        try Data(bytes).write(to: file)
        let target = scratch.path("data")
        do {
            let report = try RoadmapImporter.read(file, named: name)
            try ImportDestination(target, force: true).write { try DataDirectory($0).create(report.data) }
            return (nil, true)
        } catch {
            let written = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) != [name]
            return (error, written)
        }
    }

    @Test func bytesThatAreNotUTF8NameTheirLine() throws {
        let bytes = Array("первая строка\nвторая\n".utf8) + [0xFF, 0xFE, 0x41] + Array("\nещё".utf8)
        let (error, written) = try importing(bytes, name: "мусор.txt")
        #expect(error?.description.hasPrefix("мусор.txt:3: файл не в кодировке UTF-8") == true)
        #expect(!written)
    }

    @Test func textWithoutATableSaysSo() throws {
        let text = "Просто письмо.\nБез таблицы\tи без заголовка.\nПодпись\n"
        let (error, written) = try importing(Array(text.utf8), name: "письмо.txt")
        #expect(error?.file == "письмо.txt")
        #expect(error?.line == 4)
        #expect(error?.message.hasPrefix("таблица мероприятий не найдена") == true)
        #expect(!written)
    }

    @Test func aHeaderWithoutMeasuresNamesTheHeaderLine() throws {
        let text = "План на 2022 год\n\n№\tМероприятие\tСрок\tОтветственные\nчто-то\tне то\n"
        let (error, written) = try importing(Array(text.utf8), name: "пусто.txt")
        #expect(error?.description.hasPrefix("пусто.txt:3: после заголовка таблицы") == true)
        #expect(!written)
    }

    @Test func aBrokenDocxSaysWhatItIs() throws {
        let (error, written) = try importing([0x50, 0x4B, 0x03, 0x04, 0, 1, 2, 3], name: "документ.docx")
        #expect(error?.description == "документ.docx: не удалось открыть как DOCX: файл повреждён или это не документ Word (не zip-архив)")
        #expect(!written)
    }

    /// Text that is no zip at all, named .docx: the reason is Russian, not
    /// the zip library's English name for the failure.
    @Test func junkNamedDocxGetsARussianReason() throws {
        let (error, _) = try importing(Array(String(repeating: "мусор ", count: 300).utf8), name: "junk.docx")
        #expect(error?.description == "junk.docx: не удалось открыть как DOCX: файл повреждён или это не документ Word (не zip-архив)")
    }

    @Test func aMissingFileAndADirectoryAreNamedInRussian() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        func message(_ url: URL, _ name: String) -> String? {
            do { _ = try RoadmapImporter.read(url, named: name); return nil } catch { return error.description }
        }
        #expect(message(scratch.path("нет.txt"), "нет.txt") == "нет.txt: файл не прочитан: нет такого файла")
        #expect(message(scratch.url, "папка") == "папка: файл не прочитан: это каталог, а не файл документа")
        #expect(message(scratch.path("нет/карта.docx"), "нет/карта.docx") == "нет/карта.docx: файл не прочитан: нет такого файла")
    }

    @Test func aMissingPeriodAsksForIt() throws {
        let text = "№\tМероприятие\tСрок\tОтветственные\n1.\tСовещание\tМарт\tУО\n"
        let (error, _) = try importing(Array(text.utf8), name: "безгода.txt")
        #expect(error?.message.contains("укажите --period") == true)
    }

    @Test func aRepeatedNumberIsAnError() throws {
        let text = "План на 2022 год\n№\tМероприятие\tСрок\tОтветственные\n1.\tА\tМарт\tУО\n1.\tБ\tМай\tУО\n"
        let (error, written) = try importing(Array(text.utf8), name: "двойной.txt")
        #expect(error?.description == "двойной.txt:4: номер мероприятия «1.» повторяется (впервые — строка 3)")
        #expect(!written)
    }
}
