import RoadmapModel

/// Text put into XML and HTML. Every string from the data passes through
/// here, so a title like `<script>` or `R&D` is printed, never interpreted.
public enum MarkupText {
    /// Escapes the five markup characters after `DisplayText` (controls as
    /// «�», bidi controls left out, so no title prints backwards), and drops
    /// U+FFFE and U+FFFF, which XML 1.0 cannot hold at all: one stray
    /// character from a pasted note must not make Word refuse the document.
    public static func escape(_ text: String) -> String {
        var out = ""
        let shown = DisplayText.neutralised(text, as: .lines)
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
        text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

extension String {
    func replacingCRLF() -> String {
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
