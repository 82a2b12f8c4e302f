import Foundation
import Testing
import ZIPFoundation

@Suite("roadmap report and roadmap calendar")
struct CliReportTests {
    static func vladivostok(in folder: TemporaryFolder) throws -> String {
        let dir = folder.file("v").path
        let result = try RoadmapProcess.run(["init", dir, "--sample", "vladivostok-2020"])
        #expect(result.status == 0, "\(result.stderr)")
        let mark = try RoadmapProcess.run(["mark", "2.4", "--data", dir, "--status", "done",
                                          "--note", "Курсы прошли 12 учителей", "--date", "25.11.2020"])
        #expect(mark.status == 0, "\(mark.stderr)")
        return dir
    }

    /// The text of a DOCX's body, markup and all.
    static func documentXML(_ docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    @Test func withoutAFileItPrintsMarkdown() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.vladivostok(in: folder)
        let result = try RoadmapProcess.run(["report", "--data", dir, "--as-of", "01.03.2021"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Управление по работе с муниципальными учреждениями образования администрации города Владивостока\n\n# Информационная справка о ходе реализации плана мероприятий"))
        #expect(result.stdout.contains("| 2.4 | Обеспечение повышения квалификации учителей русского"))
        #expect(result.stdout.contains("| Выполнено 25.11.2020. Курсы прошли 12 учителей |"))
        #expect(result.stdout.contains("по состоянию на 01.03.2021"))
    }

    @Test func theFormatComesFromTheFileNameAndTheFileIsReplaced() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.vladivostok(in: folder)
        let docx = folder.file("справка.docx")
        try Data("старая справка".utf8).write(to: docx)
        let result = try RoadmapProcess.run(["report", "--data", dir, "--as-of", "2021-03-01", "-o", docx.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Справка на 01.03.2021 записана в \(docx.path) (docx"))
        let bytes = try Data(contentsOf: docx)
        #expect(bytes.prefix(2) == Data("PK".utf8))
        #expect(try Self.documentXML(bytes).contains("Выполнено 25.11.2020. Курсы прошли 12 учителей"))
        // Nothing is left behind next to it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["v", "справка.docx"])

        for (name, start) in [("справка.html", "<!DOCTYPE html>"), ("справка.csv", "\u{FEFF}Информационная справка о ходе реализации"), ("справка.md", "Управление по работе")] {
            let file = folder.file(name)
            let written = try RoadmapProcess.run(["report", "--data", dir, "--as-of", "2021-03-01", "-o", file.path])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(try Data(contentsOf: file).starts(with: Data(start.utf8)), "\(name)")
        }
    }

    @Test func docxIsRefusedWithoutAFileAndUnknownFormatsAreNamed() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.vladivostok(in: folder)
        let docx = try RoadmapProcess.run(["report", "--data", dir, "--format", "docx"])
        #expect(docx.status == 64)
        #expect(docx.stdout.isEmpty)
        #expect(docx.stderr.contains("DOCX — двоичный файл, в терминал он не выводится: укажите файл, например -o справка.docx."))
        let pdf = try RoadmapProcess.run(["report", "--data", dir, "-o", folder.file("справка.pdf").path])
        #expect(pdf.status == 64)
        #expect(pdf.stderr.contains("укажите --format (docx, md, html или csv)"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("справка.pdf").path))
        let typo = try RoadmapProcess.run(["report", "--data", dir, "--format", "dcx"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("неизвестный формат «dcx»; возможно: docx"))
    }

    @Test func aFolderThatDoesNotExistIsReportedInRussian() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.vladivostok(in: folder)
        let result = try RoadmapProcess.run(["report", "--data", dir, "-o", folder.file("нет/справка.md").path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("Справка не записана: не удалось записать"))
        #expect(result.stderr.contains("каталог не существует"))
    }

    @Test func calendarWritesTheFileAndNamesWhatHasNoDates() throws {
        let folder = try TemporaryFolder()
        let dir = folder.file("t").path
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let file = folder.file("дорожная-карта.ics")
        let result = try RoadmapProcess.run(["calendar", "--data", dir, "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Календарь записан в \(file.path) (задач: 82)."))
        #expect(result.stderr.contains("Без дат, в календарь не вошли мероприятия (1): 9."))
        // Every field of the tasks is read back by a real iCalendar parser in CalendarTests.
        let ics = try String(contentsOf: file, encoding: .utf8)
        #expect(ics.components(separatedBy: "BEGIN:VTODO").count - 1 == 82)

        let stdout = try RoadmapProcess.run(["calendar", "--data", dir, "--school", "urozhaynoe"])
        #expect(stdout.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(stdout.stdout.components(separatedBy: "BEGIN:VTODO").count - 1 == 9)
    }
}
