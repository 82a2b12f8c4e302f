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
        // Every character looked for is ASCII, so its UTF-8 byte is enough
        // (and a CRLF pair, one Character, is still two bytes).
        let utf8 = text.utf8
        let first = utf8.first, second = utf8.dropFirst().first
        if first == UInt8(ascii: "-"), second == UInt8(ascii: " ") {
            text = "–" + text.dropFirst()
        } else if let first, "=+-@\t\r".utf8.contains(first) {
            text = "'" + text
        }
        if text.containsByte(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
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
