import Foundation
import RoadmapModel
import Testing
@testable import RoadmapDocuments

/// The documents written as they are made give the same bytes as the ones
/// built whole, and a failure part-way leaves the old file as it was.
@Suite("Documents written as they are made")
struct StreamedDocumentTests {
    static func report() throws -> Report {
        try SampleSpravkaTests.make(.init(sample: "terek-2022-progress", day: "31.12.2022")).report
    }

    @Test("Markdown, HTML and CSV streamed into a file are the bytes render gives", arguments: [ReportFormat.md, .html, .csv])
    func streamedTextIsTheSame(_ format: ReportFormat) throws {
        let report = try Self.report()
        let folder = try TemporaryFolder()
        let file = folder.file("справка.\(format.rawValue)")
        let count = try DocumentFile.write(to: file) { out throws(DocumentFile.WriteError) in
            do { try format.write(report, to: out) } catch { throw .init(description: "\(error)") }
        }
        let written = try Data(contentsOf: file)
        #expect(written == (try format.render(report)))
        #expect(count == written.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [file.lastPathComponent])
    }

    @Test("the streamed DOCX holds the same parts and document as the one built in memory")
    func streamedDocxIsTheSame() throws {
        let report = try Self.report()
        let created = Date(timeIntervalSince1970: 1_672_000_000)
        let folder = try TemporaryFolder()
        let file = folder.file("справка.docx")
        try DocumentFile.write(to: file) { out throws(DocumentFile.WriteError) in
            do { try DocxReport.write(report, to: out, created: created) } catch { throw .init(description: "\(error)") }
        }
        let streamed = try DocxContents(try Data(contentsOf: file))
        let whole = try DocxContents(try DocxReport.render(report, created: created))
        #expect(streamed.parts == whole.parts)
        for part in DocxReportTests.requiredParts { #expect(streamed.xmlError(in: part) == nil, "\(part)") }
    }

    @Test("a document that fails part-way leaves the old file and nothing beside it")
    func aFailureLeavesTheOldFile() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("справка.md")
        try Data("старая справка".utf8).write(to: file)
        #expect(throws: DocumentFile.WriteError.self) {
            try DocumentFile.write(to: file) { out throws(DocumentFile.WriteError) in
                // More than the buffer holds, so part of it reaches the disk first.
                out.write(String(repeating: "строка справки\n", count: 100_000))
                throw DocumentFile.WriteError(description: "справка не составлена")
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "старая справка")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["справка.md"])
    }

    @Test("the calendar streamed is the calendar built whole")
    func streamedCalendarIsTheSame() throws {
        let data = try SampleData.load("terek-2022-progress")
        let stamp = Date(timeIntervalSince1970: 1_672_000_000)
        let whole = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: stamp, form: .both, reminderDays: 3)
        var text = ""
        let written = RoadmapCalendar.write(data: data, schedule: Schedule(data), stamp: stamp, form: .both,
                                            reminderDays: 3, to: &text)
        #expect(text == whole.text)
        #expect(written.count == whole.todoCount && written.count > 0)
        // Folded lines are at most 75 octets and cut between characters.
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(ICalendarText.fold(String(repeating: "ж", count: 100)).components(separatedBy: "\r\n ").map(\.utf8.count) == [74, 74, 52])
    }
}
