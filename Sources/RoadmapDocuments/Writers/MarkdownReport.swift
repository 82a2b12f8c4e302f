import RoadmapModel

/// The report as Markdown (GitHub tables): for reading in a terminal or a
/// repository, and for pasting into other documents.
public enum MarkdownReport {
    public static func render(_ report: Report) -> String {
        render(report.blocks)
    }

    static func render(_ blocks: [DocumentBlock]) -> String {
        var text = ""
        write(blocks, to: &text)
        return text
    }

    public static func write(_ report: Report, to out: inout some TextOutputStream) {
        write(report.blocks, to: &out)
    }

    /// The blocks, an empty line between them, a table row by row.
    static func write(_ blocks: [DocumentBlock], to out: inout some TextOutputStream) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { out.write("\n\n") }
            switch block {
            case .issuer(let text): out.write(escape(text))
            case .heading(let text): out.write("# " + escape(text))
            case .subheading(let text): out.write("## " + escape(text))
            case .paragraph(let text, _): out.write(escape(text))
            case .table(let table): write(table, to: &out)
            case .appendix(let text): out.write("*" + escape(text) + "*")
            case .signature(let position, let name): out.write(escape(position) + " — " + escape(name))
            case .executor(let text): out.write("*" + escape(text) + "*")
            }
        }
        out.write("\n")
    }

    /// Section rows go bold into the second column: Markdown cannot merge
    /// cells, and the first one is too narrow for a title.
    static func write(_ table: DocumentTable, to out: inout some TextOutputStream) {
        out.write(row(table.columns.map(\.title)) + "\n|" + table.columns.map { $0.numeric ? "---:|" : "---|" }.joined())
        table.forEachRow { item in
            out.write("\n")
            switch item.kind {
            case .section:
                var cells = Array(repeating: "", count: table.columns.count)
                cells[min(1, cells.count - 1)] = "**\(escape(item.cells[0]))**"
                out.write("| " + cells.joined(separator: " | ") + " |")
            case .total:
                out.write("| " + item.cells.map { "**\(escape($0))**" }.joined(separator: " | ") + " |")
            case .body, .detail:
                out.write(row(item.cells))
            }
        }
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    /// The bytes `escape` changes, and 0xEF, which starts U+FFFE and U+FFFF.
    private static let special: [Bool] = (0...255).map { byte in
        byte == 0xEF || "\\`*_[]|#<>&\n".utf8.contains(UInt8(byte))
    }

    /// Text that stays text: Markdown's punctuation is backslash-escaped,
    /// `<`, `>` and `&` become entities so no HTML gets through, and line
    /// breaks inside a cell become `<br>` (a table row is one line);
    /// controls are shown and bidi controls left out by `DisplayText`.
    static func escape(_ text: String) -> String {
        let shown = DisplayText.neutralised(text.replacingCRLF(), as: .lines)
        // Most text has nothing to escape: given back as it is.
        if !shown.containsByte(where: { Self.special[Int($0)] }) { return shown }
        var out = ""
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n": out += "<br>"
            default:
                if MarkupText.isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
