/// The report as one self-contained printable HTML page: no scripts, no
/// fonts or pictures from elsewhere, every text escaped, laid out for A4
/// landscape when printed.
public enum HTMLReport {
    public static func render(_ report: Report) -> String {
        var body: [String] = []
        for block in report.blocks {
            switch block {
            case .issuer(let text): body.append("<p class=\"issuer\">\(inline(text))</p>")
            case .heading(let text): body.append("<h1>\(inline(text))</h1>")
            case .subheading(let text): body.append("<h2>\(inline(text))</h2>")
            case .paragraph(let text, let centered):
                body.append(centered ? "<p class=\"center\">\(inline(text))</p>" : "<p>\(inline(text))</p>")
            case .table(let table): body.append(render(table))
            case .appendix(let text): body.append("<p class=\"appendix\">\(inline(text))</p>")
            case .signature(let position, let name):
                body.append("<p class=\"signature\"><span>\(inline(position))</span><span>\(inline(name))</span></p>")
            case .executor(let text): body.append("<p class=\"executor\">\(inline(text))</p>")
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="ru">
            <head>
            <meta charset="utf-8">
            <title>\(inline(report.heading))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Times New Roman 14 for text and 12 in tables, as official documents
    /// are set; the header row repeats on every printed page.
    static let style = """
        @page { size: A4 landscape; margin: 20mm 15mm 15mm 20mm; @top-center { content: counter(page); } }
        @page :first { @top-center { content: none; } }
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.2; margin: 1em auto; max-width: 270mm; }
        h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 0.5em 0; }
        h2 { font-size: 14pt; font-weight: bold; margin: 1em 0 0.5em; }
        p { margin: 0.3em 0; }
        .issuer, .center { text-align: center; }
        table { border-collapse: collapse; width: 100%; font-size: 12pt; margin: 0.5em 0; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
        th { font-weight: bold; text-align: center; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        td.number { text-align: right; }
        .appendix { margin-left: 50%; }
        .signature { display: flex; justify-content: space-between; margin-top: 2.5em; }
        .executor { font-size: 10pt; margin-top: 2em; }
        tr.section { break-after: avoid; page-break-after: avoid; }
        tr.section td, tr.total td { font-weight: bold; }
        tr.detail td { font-size: 11pt; }
        @media print { body { margin: 0; max-width: none; } }
        """

    static func render(_ table: DocumentTable) -> String {
        let total = max(1, table.columns.map(\.weight).reduce(0, +))
        var lines = ["<table>", "<colgroup>"]
        lines += table.columns.map { "<col style=\"width: \($0.weight * 100 / total)%\">" }
        lines += ["</colgroup>", "<thead>", "<tr>" + table.columns.map { "<th>\(inline($0.title))</th>" }.joined() + "</tr>",
                  "</thead>", "<tbody>"]
        for row in table.rows {
            switch row.kind {
            case .section:
                lines.append("<tr class=\"section\"><td colspan=\"\(table.columns.count)\">\(inline(row.cells[0]))</td></tr>")
            case .body, .detail, .total:
                let cells = zip(table.columns, row.cells).map { column, text in
                    column.numeric ? "<td class=\"number\">\(inline(text))</td>" : "<td>\(inline(text))</td>"
                }
                let kind = row.kind == .body ? "" : " class=\"\(row.kind == .detail ? "detail" : "total")\""
                lines.append("<tr\(kind)>" + cells.joined() + "</tr>")
            }
        }
        lines += ["</tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }

    /// Escaped text with its line breaks kept.
    static func inline(_ text: String) -> String {
        MarkupText.lines(text).map(MarkupText.escape).joined(separator: "<br>")
    }
}
