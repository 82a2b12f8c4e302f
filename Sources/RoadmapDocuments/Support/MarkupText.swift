import RoadmapModel

/// Text put into XML and HTML. Every string from the data passes through
/// here, so a title like `<script>` or `R&D` is printed, never interpreted.
public enum MarkupText {
    /// Escapes the five markup characters after `DisplayText` (controls as
    /// «�», bidi controls left out, so no title prints backwards), and drops
    /// U+FFFE and U+FFFF, which XML 1.0 cannot hold at all: one stray
    /// character from a pasted note must not make Word refuse the document.
    public static func escape(_ text: String) -> String {
        let shown = DisplayText.neutralised(text, as: .lines)
        // Most text has nothing to escape: given back as it is, not copied
        // a character at a time (0xEF starts U+FFFE and U+FFFF).
        if !shown.containsByte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return shown
        }
        var out = ""
        out.unicodeScalars.reserveCapacity(shown.unicodeScalars.count)
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// After `DisplayText` only the two noncharacters remain to drop.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value != 0xFFFE && scalar.value != 0xFFFF
    }

    /// Lines of a cell or note: CRLF, CR and LF all end a line.
    public static func lines(_ text: String) -> [String] {
        if !text.containsByte(where: { $0 == 0x0A || $0 == 0x0D }) { return [text] }
        return text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

extension String {
    /// Whether any byte of the text's UTF-8 matches: read from its storage
    /// at once, a document asks this of every cell.
    func containsByte(where matches: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: matches) }
    }

    func replacingCRLF() -> String {
        if !containsByte(where: { $0 == 0x0D }) { return self }
        var out = ""
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out += "\n"
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
