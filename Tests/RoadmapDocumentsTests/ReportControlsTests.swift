import Foundation
import RoadmapDocuments
import RoadmapModel
import Testing

/// C1 controls (U+009B is a terminal's CSI) and bidi controls (U+202E would
/// print a title backwards) in the data: every writer shows the letters in
/// the order typed, the controls as «�» and the bidi controls not at all.
@Suite("Every format leaves controls and bidi overrides out of what it writes")
struct ReportControlsTests {
    static let title = "\u{202E}ьтавреВ\u{202C} \u{2066}изол\u{2069}\u{200E}\u{061C} \u{9B}6n\u{7F} КСИ"
    static let shown = "ьтавреВ изол �6n� КСИ"

    static func data() -> RoadmapData {
        var data = HostileData.make()
        data.measures[0].title = title
        data.roadmap.title = "План \(title)"
        data.schools[0].shortName = "СОШ \u{202E}1"
        data.apply(HistoryEntry(at: "2022-03-01T10:00:00+03:00", by: "x", status: .inProgress, note: "Отметка \(title)"),
                   to: ProgressKey(measure: "2", school: "s1"))
        return data
    }

    static func report() -> Report {
        let data = data()
        return Report(data: data, schedule: Schedule(data), asOf: Day(year: 2022, month: 6, day: 1)!)
    }

    static func isShown(_ text: String) -> Bool {
        !text.unicodeScalars.contains { DisplayText.hazard(of: $0) != nil && !["\n", "\r", "\t"].contains($0) }
    }

    @Test func textFormatsShowTheLettersInOrder() {
        let report = Self.report()
        let data = Self.data()
        let calendar = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Date(timeIntervalSince1970: 0)).text
        let outputs = ["html": HTMLReport.render(report), "md": MarkdownReport.render(report),
                       "csv": CSVReport.render(report), "ics": calendar.replacingOccurrences(of: "\r\n ", with: "")]
        for (format, text) in outputs {
            #expect(Self.isShown(text), "\(format)")
            #expect(text.contains(Self.shown), "\(format)")
            #expect(text.contains("Отметка \(Self.shown)"), "\(format)")
        }
    }

    @Test func theWordDocumentDoesNotPrintATitleBackwards() throws {
        let docx = try DocxContents(try DocxReport.render(Self.report()))
        for (part, text) in docx.parts where part.hasSuffix(".xml") {
            #expect(Self.isShown(text), "\(part)")
            #expect(docx.xmlError(in: part) == nil, "\(part)")
        }
        let paragraphs = docx.paragraphs()
        #expect(paragraphs.contains(Self.shown), "\(paragraphs)")
        #expect(paragraphs.contains("Выполняется, срок истёк 31.03.2022. Отметка \(Self.shown)"))
        #expect(docx.parts["docProps/core.xml"]?.contains(Self.shown) == true)
    }
}
