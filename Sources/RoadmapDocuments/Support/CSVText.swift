import Foundation
import RoadmapModel

/// CSV as Russian offices open it in Excel: UTF-8 with a byte-order mark,
/// `;` between fields, CRLF line ends. Shared by `roadmap overdue` and the
/// report, so there is one set of rules.
public enum CSVText {
    public static func document(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes when needed, and neutralises cells a spreadsheet would run as
    /// a formula (`=`, `+`, `-`, `@`, tab, CR) with a leading apostrophe.
    public static func field(_ value: String) -> String {
        var text = withoutControls(value)
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
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
