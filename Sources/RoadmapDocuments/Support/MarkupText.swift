/// Text put into XML and HTML. Every string from the data passes through
/// here, so a title like `<script>` or `R&D` is printed, never interpreted.
public enum MarkupText {
    /// Escapes the five markup characters and drops what XML 1.0 cannot hold
    /// at all (control characters other than tab and line breaks, U+FFFE,
    /// U+FFFF): one stray byte from a pasted note must not make Word refuse
    /// the whole document.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
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

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
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
