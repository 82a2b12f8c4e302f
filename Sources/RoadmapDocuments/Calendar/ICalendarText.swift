import RoadmapModel

/// The text rules of iCalendar (RFC 5545): escaped values, CRLF line ends,
/// lines folded at 75 octets.
public enum ICalendarText {
    /// A TEXT value: backslash, `;`, `,` and line breaks escaped (3.3.11),
    /// after `DisplayText` (controls, which the format does not allow, as
    /// «�»; bidi controls left out).
    public static func escape(_ text: String) -> String {
        let shown = DisplayText.neutralised(text.replacingCRLF(), as: .lines)
        // Most values have nothing to escape: given back as they are.
        if !shown.containsByte(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A }) { return shown }
        // The four are ASCII, so bytes are replaced without decoding the rest.
        var out: [UInt8] = []
        out.reserveCapacity(shown.utf8.count + 16)
        for byte in shown.utf8 {
            switch byte {
            case 0x5C, 0x3B, 0x2C: out.append(0x5C); out.append(byte)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds one content line (3.1): no line longer than 75 octets without
    /// its CRLF; each continuation starts with a space. Cuts fall between
    /// Unicode scalars, never inside a UTF-8 sequence, so every physical
    /// line is valid UTF-8 on its own.
    public static func fold(_ line: String) -> String {
        // Most lines are short: nothing to cut.
        if line.utf8.count <= 75 { return line }
        var line = line
        return line.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 24 * 3)
            // The physical line so far is bytes[start..<index]; the first
            // holds 75 octets, the others 74 after the space.
            var start = 0, index = 0, limit = 75
            while index < bytes.count {
                var end = index + 1
                while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
                if end - start > limit {
                    out.append(contentsOf: bytes[start..<index])
                    out.append(0x0D); out.append(0x0A); out.append(0x20)
                    start = index
                    limit = 74
                }
                index = end
            }
            out.append(contentsOf: bytes[start..<bytes.count])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A whole calendar object from its unfolded content lines.
    public static func document(_ lines: [String]) -> String {
        var text = ""
        write(lines, to: &text)
        return text
    }

    /// Content lines folded, each with its CRLF, into `out`.
    public static func write(_ lines: [String], to out: inout some TextOutputStream) {
        for line in lines {
            out.write(fold(line))
            out.write("\r\n")
        }
    }
}
