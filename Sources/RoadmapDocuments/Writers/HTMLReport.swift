/// The report as one self-contained printable HTML page: no scripts, no
/// fonts or pictures from elsewhere, every text escaped, laid out for A4
/// landscape when printed.
public enum HTMLReport {
    public static func render(_ report: Report) -> String {
        var html = ""
        write(report, to: &html)
        return html
    }

    /// The page written block by block, a table row by row.
    public static func write(_ report: Report, to out: inout some TextOutputStream) {
        out.write("""
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

            """)
        for (index, block) in report.blocks.enumerated() {
            if index > 0 { out.write("\n") }
            switch block {
            case .issuer(let text): out.write("<p class=\"issuer\">\(inline(text))</p>")
            case .heading(let text): out.write("<h1>\(inline(text))</h1>")
            case .subheading(let text): out.write("<h2>\(inline(text))</h2>")
            case .paragraph(let text, let centered):
                out.write(centered ? "<p class=\"center\">\(inline(text))</p>" : "<p>\(inline(text))</p>")
            case .table(let table): write(table, to: &out)
            case .appendix(let text): out.write("<p class=\"appendix\">\(inline(text))</p>")
            case .signature(let position, let name):
                out.write("<p class=\"signature\"><span>\(inline(position))</span><span>\(inline(name))</span></p>")
            case .executor(let text): out.write("<p class=\"executor\">\(inline(text))</p>")
            }
        }
        out.write("\n</body>\n</html>\n")
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
        var html = ""
        write(table, to: &html)
        return html
    }

    /// The table's lines, `\n` between them.
    static func write(_ table: DocumentTable, to out: inout some TextOutputStream) {
        let total = max(1, table.columns.map(\.weight).reduce(0, +))
        var lines = ["<table>", "<colgroup>"]
        lines += table.columns.map { "<col style=\"width: \($0.weight * 100 / total)%\">" }
        lines += ["</colgroup>", "<thead>", "<tr>" + table.columns.map { "<th>\(inline($0.title))</th>" }.joined() + "</tr>",
                  "</thead>", "<tbody>"]
        out.write(lines.joined(separator: "\n"))
        table.forEachRow { row in
            out.write("\n")
            switch row.kind {
            case .section:
                out.write("<tr class=\"section\"><td colspan=\"\(table.columns.count)\">\(inline(row.cells[0]))</td></tr>")
            case .body, .detail, .total:
                let cells = zip(table.columns, row.cells).map { column, text in
                    column.numeric ? "<td class=\"number\">\(inline(text))</td>" : "<td>\(inline(text))</td>"
                }
                let kind = row.kind == .body ? "" : " class=\"\(row.kind == .detail ? "detail" : "total")\""
                out.write("<tr\(kind)>" + cells.joined() + "</tr>")
            }
        }
        out.write("\n</tbody>\n</table>")
    }

    /// Escaped text with its line breaks kept.
    static func inline(_ text: String) -> String {
        MarkupText.lines(text).map(MarkupText.escape).joined(separator: "<br>")
    }
}
