/// A table saved as TSV or CSV: `;` (Excel in Russian offices), `,` or tab
/// separated, fields in double quotes may hold separators, quotes (`""`)
/// and line breaks.
enum DelimitedReader {
    static func read(_ text: String, file: String, separator given: Character? = nil) -> SourceDocument {
        // Excel starts a CSV in UTF-8 with a byte-order mark.
        let text = String(text.drop { $0 == "\u{FEFF}" })
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let separator = given ?? guessSeparator(text)
        var rows: [SourceRow] = []
        var cells: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var chars = Array(text)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && field.allSatisfy({ $0 == " " }) {
                quoted = true
                field = ""
            } else if c == separator {
                cells.append(field)
                field = ""
            } else if c == "\n" {
                cells.append(field)
                rows.append(SourceRow(cells: cells, line: rowLine, isTable: true))
                cells = []
                field = ""
                line += 1
                rowLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        return SourceDocument(file: file, kind: .delimited, rows: rows)
    }

    /// The separator used most outside quotes in the first lines; a tab
    /// wins a tie, then `;`, then `,`.
    static func guessSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = ["\t": 0, ";": 0, ",": 0]
        var quoted = false
        var lines = 0
        for c in text {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" { lines += 1; if lines >= 30 { break } }
            if counts[c] != nil { counts[c]! += 1 }
        }
        return ["\t", ";", ","].max { counts[$0]! < counts[$1]! } ?? ";"
    }
}
