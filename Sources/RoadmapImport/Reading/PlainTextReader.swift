/// The plain text of a converted DOCX or PDF: a table row is a line of
/// tab-separated cells; everything else is prose.
enum PlainTextReader {
    static func read(_ text: String, file: String) -> SourceDocument {
        let lines = String(text.drop { $0 == "\u{FEFF}" }).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.enumerated().map { index, line in SourceRow.textLine(String(line), number: index + 1) }
        return SourceDocument(file: file, kind: .text, rows: rows)
    }
}
