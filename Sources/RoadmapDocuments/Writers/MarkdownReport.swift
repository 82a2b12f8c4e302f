import RoadmapModel

/// The report as Markdown (GitHub tables): for reading in a terminal or a
/// repository, and for pasting into other documents.
public enum MarkdownReport {
    public static func render(_ report: Report) -> String {
        render(report.blocks)
    }

    static func render(_ blocks: [DocumentBlock]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .issuer(let text): parts.append(escape(text))
            case .heading(let text): parts.append("# " + escape(text))
            case .subheading(let text): parts.append("## " + escape(text))
            case .paragraph(let text, _): parts.append(escape(text))
            case .table(let table): parts.append(render(table))
            case .appendix(let text): parts.append("*" + escape(text) + "*")
            case .signature(let position, let name): parts.append(escape(position) + " — " + escape(name))
            case .executor(let text): parts.append("*" + escape(text) + "*")
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Section rows go bold into the second column: Markdown cannot merge
    /// cells, and the first one is too narrow for a title.
    static func render(_ table: DocumentTable) -> String {
        var lines = [row(table.columns.map(\.title)),
                     "|" + table.columns.map { $0.numeric ? "---:|" : "---|" }.joined()]
        for item in table.rows {
            switch item.kind {
            case .section:
                var cells = Array(repeating: "", count: table.columns.count)
                cells[min(1, cells.count - 1)] = "**\(escape(item.cells[0]))**"
                lines.append("| " + cells.joined(separator: " | ") + " |")
            case .total:
                lines.append("| " + item.cells.map { "**\(escape($0))**" }.joined(separator: " | ") + " |")
            case .body, .detail:
                lines.append(row(item.cells))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    /// Text that stays text: Markdown's punctuation is backslash-escaped,
    /// `<`, `>` and `&` become entities so no HTML gets through, and line
    /// breaks inside a cell become `<br>` (a table row is one line);
    /// controls are shown and bidi controls left out by `DisplayText`.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in DisplayText.neutralised(text.replacingCRLF(), as: .lines).unicodeScalars {
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
