/// The one rule for text from the data on its way out — to a terminal, a
/// document, the dashboard's grid. The data keeps what was typed; only what
/// is shown changes.
///
/// - Control characters (C0, DEL, and C1 U+0080–U+009F, where U+009B is a
///   terminal's CSI) become «�» (U+FFFD): something was there, and a
///   terminal must never run it.
/// - Bidirectional controls (embeddings and overrides U+202A–U+202E,
///   isolates U+2066–U+2069, the marks U+200E, U+200F, U+061C) become
///   nothing: they are invisible by design, Russian text has no use for
///   them, and left in they reorder the letters around them (a title
///   printed backwards). Without them the text shows in the order typed.
/// - Line breaks and tab become a space on one line (a table cell, a
///   terminal line); formats that hold several lines keep them (`.lines`).
///
/// `roadmap validate` warns about every field that holds either kind.
public enum DisplayText {
    public enum Hazard: Sendable {
        case control
        case bidi
    }

    public enum Layout: Sendable {
        /// One line: line breaks and tab become a space (CRLF one space).
        case line
        /// Several lines: LF, CR and tab stay for the format to handle.
        case lines
    }

    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// What kind of hazard a character is, nil for an ordinary one. Tab and
    /// line breaks are controls here; `Layout` decides what becomes of them.
    public static func hazard(of scalar: Unicode.Scalar) -> Hazard? {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: return .control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidi
        default: return nil
        }
    }

    /// The text as it may be shown. Returns the same string when nothing in
    /// it needs changing (the common case, checked on bytes).
    public static func neutralised(_ text: String, as layout: Layout = .line) -> String {
        guard needsChange(text, as: layout) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch shown(scalar, after: previous, as: layout) {
            case .kept: out.unicodeScalars.append(scalar)
            case .dropped: break
            case .replaced(let other): out.unicodeScalars.append(other)
            }
            previous = scalar
        }
        return out
    }

    /// The characters `neutralised` would change, in order, each once:
    /// what a warning names.
    public static func hazards(in text: String, as layout: Layout = .lines) -> [Unicode.Scalar] {
        guard needsChange(text, as: layout) else { return [] }
        var seen: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where hazard(of: scalar) != nil && !isKept(scalar, as: layout) {
            if !seen.contains(scalar) { seen.append(scalar) }
        }
        return seen
    }

    private enum Shown {
        case kept, dropped
        case replaced(Unicode.Scalar)
    }

    private static func shown(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, as layout: Layout) -> Shown {
        guard let kind = hazard(of: scalar), !isKept(scalar, as: layout) else { return .kept }
        switch kind {
        case .bidi:
            return .dropped
        case .control where isLineBreakOrTab(scalar):
            // CRLF is one break: its LF adds nothing to the space of the CR.
            return scalar == "\n" && previous == "\r" ? .dropped : .replaced(" ")
        case .control:
            return .replaced(placeholder)
        }
    }

    private static func isKept(_ scalar: Unicode.Scalar, as layout: Layout) -> Bool {
        layout == .lines && isLineBreakOrTab(scalar)
    }

    private static func isLineBreakOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\t"
    }

    /// A byte scan: Cyrillic and ASCII text (nearly everything) is passed
    /// over without decoding. In UTF-8 the C1 codes are C2 80–9F, U+061C is
    /// D8 9C, and the other bidi controls E2 80 8E–8F, E2 80 AA–AE and
    /// E2 81 A6–A9.
    static func needsChange(_ text: String, as layout: Layout) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                let third = i + 2 < bytes.count ? bytes[i + 2] : 0
                switch byte {
                case 0x09, 0x0A, 0x0D: if layout == .line { return true }
                case 0x00..<0x20, 0x7F: return true
                case 0xC2 where (0x80...0x9F).contains(next): return true
                case 0xD8 where next == 0x9C: return true
                case 0xE2 where next == 0x80 && ((0x8E...0x8F).contains(third) || (0xAA...0xAE).contains(third)):
                    return true
                case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return true
                default: break
                }
                i += 1
            }
            return false
        }
    }
}
