import Foundation
import RoadmapModel

/// CSV as Russian offices open it in Excel: UTF-8 with a byte-order mark,
/// `;` between fields, CRLF line ends. Shared by `roadmap overdue` and the
/// report, so there is one set of rules.
public enum CSVText {
    /// `title` lines come first, one cell each, then an empty row, so a
    /// printed sheet says what it is; the header row follows.
    public static func document(title: [String] = [], header: [String], rows: [[String]]) -> String {
        let lead = title.isEmpty ? [] : title.map { [$0] } + [[]]
        return "\u{FEFF}" + (lead + [header] + rows).map(line).joined(separator: "\r\n") + "\r\n"
    }

    /// One row's fields, `;` between them, without the line end.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ";")
    }

    /// Quotes when needed, and neutralises cells a spreadsheet would run as
    /// a formula (`=`, `+`, `-`, `@`, tab, CR) with a leading apostrophe —
    /// but a note that opens a list the way the documents write it («- 
    /// проведено …») gets the dash the documents print, «–», which no
    /// spreadsheet reads as a formula and neither shows an apostrophe for.
    public static func field(_ value: String) -> String {
        var text = withoutControls(value)
        let scalars = Array(text.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[0] == "-", scalars[1] == " " {
            text = "–" + text.dropFirst()
        } else if let first = scalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        // By scalars: a CRLF pair is one Character, equal to neither "\r" nor "\n".
        if text.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// `DisplayText`: ESC, BEL, NUL and the C1 codes become «�» (a CSV
    /// printed to a terminal must not drive it), bidi controls are left out.
    /// Tab and line breaks stay (they are quoted).
    static func withoutControls(_ text: String) -> String {
        DisplayText.neutralised(text, as: .lines)
    }
}
