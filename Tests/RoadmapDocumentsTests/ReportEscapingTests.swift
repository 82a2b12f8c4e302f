import Foundation
import RoadmapDocuments
import RoadmapModel
import Testing

@Suite("Every format keeps the data's text as text")
struct ReportEscapingTests {
    @Test func htmlEscapesEveryTextAndLoadsNothing() {
        let html = HTMLReport.render(HostileData.report())
        #expect(!html.contains("<script"))
        #expect(html.contains("плана &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «R&amp;D» &#39;кавычки&#39;"))
        #expect(html.contains("Город &lt;b&gt;N&lt;/b&gt; &amp; район"))
        #expect(html.contains("МКОУ «СОШ № 1» &lt;i&gt;"))
        // BEL is shown as «�» (`DisplayText`), never written raw.
        #expect(html.contains("Строка 1<br>Строка 2 | &lt;/td&gt; \u{FFFD}звонок"))
        #expect(!html.contains("\u{07}"))
        // Self-contained: nothing fetched, nothing run.
        for needle in ["src=", "href=", "@import", "url(", "<link", "<script", "<iframe"] {
            #expect(!html.lowercased().contains(needle), "\(needle)")
        }
        #expect(html.contains("@page { size: A4 landscape"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
    }

    @Test func htmlHasTheTableWithSectionRowsAcrossIt() throws {
        let data = try SampleData.load("vladivostok-2020")
        let html = HTMLReport.render(Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.03.2021")))
        #expect(html.contains("<th>№ п/п</th><th>Мероприятие</th><th>Срок</th><th>Ответственные</th><th>Отметка о выполнении</th>"))
        #expect(html.contains("<tr class=\"section\"><td colspan=\"5\">I. Диагностический этап</td></tr>"))
        #expect(html.contains("thead { display: table-header-group; }"))
    }

    @Test func csvNeutralisesFormulasAndKeepsCyrillic() throws {
        let csv = CSVReport.render(HostileData.report())
        #expect(csv.hasPrefix("\u{FEFF}\"Информационная справка о ходе реализации плана <script>"))
        let lines = csv.components(separatedBy: "\r\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("Раздел;№ п/п;Мероприятие;Школа;") })
        #expect(lines[header - 1].isEmpty)
        // The formula cell starts with an apostrophe and is quoted for its «;».
        #expect(lines[header + 1].contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"нажми\"\")\";"))
        #expect(lines[header + 1].contains(";'+7 900 000-00-00, @admin;"))
        #expect(csv.contains("звонок\";20.02.2022\r\n"))
        // BEL and other controls become «�»: a CSV printed to a terminal must not drive it.
        #expect(csv.contains(";\"Строка 1\r\nСтрока 2 | </td> \u{FFFD}звонок\";"))
        #expect(csv.contains(";'-минус;"))
        #expect(csv.contains("\"Анализ | ВПР; итоги, \"\"выводы\"\"\""))
        #expect(csv.contains(";МКОУ «СОШ № 1» <i>;"))
        #expect(!csv.contains(";=") && !csv.contains(";+") && !csv.contains(";@") && !csv.contains(";-"))
    }

    @Test func markdownEscapesPipesAndMarkup() {
        let md = MarkdownReport.render(HostileData.report())
        #expect(md.contains("**1. Раздел \\| с чертой**"))
        #expect(md.contains("| 2. | Анализ \\| ВПР; итоги, \"выводы\" | Март | -минус |"))
        #expect(md.contains("Строка 1<br>Строка 2 \\| &lt;/td&gt; \u{FFFD}звонок"))
        #expect(md.hasPrefix("# Информационная справка о ходе реализации плана &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; «R&amp;D»"))
        // Every table line has as many cells as the header: no pipe leaked.
        let tableLines = md.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("| Март |") }
        #expect(tableLines.count == 1)
        for line in tableLines {
            let unescaped = line.replacingOccurrences(of: "\\|", with: "")
            #expect(unescaped.filter { $0 == "|" }.count == 6, "\(line)")
        }
    }
}
