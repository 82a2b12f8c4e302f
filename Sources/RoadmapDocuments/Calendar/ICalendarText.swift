import RoadmapModel

/// The text rules of iCalendar (RFC 5545): escaped values, CRLF line ends,
/// lines folded at 75 octets.
public enum ICalendarText {
    /// A TEXT value: backslash, `;`, `,` and line breaks escaped (3.3.11),
    /// after `DisplayText` (controls, which the format does not allow, as
    /// «�»; bidi controls left out).
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in DisplayText.neutralised(text.replacingCRLF(), as: .lines).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds one content line (3.1): no line longer than 75 octets without
    /// its CRLF; each continuation starts with a space. Cuts fall between
    /// Unicode scalars, never inside a UTF-8 sequence, so every physical
    /// line is valid UTF-8 on its own.
    public static func fold(_ line: String) -> String {
        // Most lines are short: nothing to cut.
        if line.utf8.count <= 75 { return line }
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = scalar.utf8.count
            // The first line holds 75 octets, the others 74 after the space.
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// A whole calendar object from its unfolded content lines.
    public static func document(_ lines: [String]) -> String {
        var text = ""
        write(lines, to: &text)
        return text
    }

    /// Content lines folded, each with its CRLF, into `out`.
    public static func write(_ lines: [String], to out: inout some TextOutputStream) {
        for line in lines { out.write(fold(line) + "\r\n") }
    }
}
