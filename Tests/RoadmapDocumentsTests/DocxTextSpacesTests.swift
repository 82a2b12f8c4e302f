import Foundation
import RoadmapModel
import Testing
@testable import RoadmapDocuments

/// Word drops the spaces at the edges of a text, and runs of spaces in it,
/// unless the text says to keep them. The справка says so where a cell has
/// such spaces, and leaves it off (and leaves empty cells without a run)
/// elsewhere: on a region's table that is a sixth of the document.
@Suite("DOCX cells keep the spaces people typed, and carry nothing more")
struct DocxTextSpacesTests {
    static func document(title: (String) -> String) throws -> (xml: String, paragraphs: [String]) {
        var data = try SampleData.load("terek-2022")
        data.measures = data.measures.map { measure in
            var measure = measure
            measure.title = title(measure.title)
            return measure
        }
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.06.2022"))
        let docx = try DocxContents(try DocxReport.render(report))
        return (try #require(docx.parts["word/document.xml"]), docx.paragraphs())
    }

    @Test func doubleSpacesAndSpacesAtTheEdgesAreKept() throws {
        let (xml, paragraphs) = try Self.document { "  " + $0.replacingOccurrences(of: " ", with: "  ") + " " }
        let first = try #require(try SampleData.load("terek-2022").measures.first?.title)
        let typed = "  " + first.replacingOccurrences(of: " ", with: "  ") + " "
        #expect(xml.contains("<w:t xml:space=\"preserve\">\(MarkupText.escape(typed))</w:t>"))
        #expect(paragraphs.contains(typed))
    }

    @Test func plainTextAndEmptyCellsCarryNoExtraMarkup() throws {
        let (xml, paragraphs) = try Self.document { $0 }
        let first = try #require(try SampleData.load("terek-2022").measures.first?.title)
        #expect(xml.contains("<w:t>\(MarkupText.escape(first))</w:t>"))
        #expect(paragraphs.contains(first))
        // A school's row leaves the number, deadline and responsible empty:
        // those cells are a paragraph with its style and nothing else.
        #expect(xml.contains("<w:pStyle w:val=\"TableText\"/></w:pPr></w:p></w:tc>"))
        #expect(!xml.contains("<w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:t></w:t>"))
        #expect(!xml.contains("<w:t xml:space=\"preserve\"></w:t>"))
    }

    @Test(arguments: [
        ("", false), ("Выполнено", false), ("Выполнено 01.03.2022.", false), (" слева", true), ("справа ", true),
        ("два  пробела", true), ("\u{00A0}неразрывный\u{00A0}", false),
    ])
    func spacesAreKeptExactlyWhereWordWouldDropThem(text: String, kept: Bool) {
        #expect(WordML.keepsSpaces(text) == kept)
    }
}
