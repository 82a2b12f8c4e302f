import CNcursesw
import RoadmapApp

/// Teaches ncurses the key sequences its terminfo entry may lack.
///
/// Ctrl-Left and Ctrl-Right have no fixed ncurses code: terminfo names them
/// `kLFT5`/`kRIT5` as extended capabilities and ncurses numbers them at run
/// time. And a TERM that does not match the real terminal (TERM=vt100 over
/// ssh from a modern emulator) leaves Home, End, F5… arriving as raw
/// escape sequences. Sequences ncurses already knows are left alone.
@MainActor
enum KeySequences {
    /// Our own codes for Ctrl-arrows when terminfo has none, far above the
    /// codes ncurses hands out to extended capabilities (just above KEY_MAX).
    static let ownWordLeft: Int32 = 0x7000
    static let ownWordRight: Int32 = 0x7001

    /// What xterm, VT220 and rxvt send, mapped to ncurses' fixed codes.
    static var common: [(String, Int32)] {
        var table: [(String, Int32)] = [
            ("\u{1b}[A", KEY_UP), ("\u{1b}[B", KEY_DOWN), ("\u{1b}[C", KEY_RIGHT), ("\u{1b}[D", KEY_LEFT),
            ("\u{1b}OA", KEY_UP), ("\u{1b}OB", KEY_DOWN), ("\u{1b}OC", KEY_RIGHT), ("\u{1b}OD", KEY_LEFT),
            ("\u{1b}[1~", KEY_HOME), ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME), ("\u{1b}[7~", KEY_HOME),
            ("\u{1b}[4~", KEY_END), ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END), ("\u{1b}[8~", KEY_END),
            ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[6~", KEY_NPAGE), ("\u{1b}[3~", KEY_DC), ("\u{1b}[Z", KEY_BTAB),
            ("\u{1b}OP", roadmap_key_f(1)), ("\u{1b}OQ", roadmap_key_f(2)),
            ("\u{1b}OR", roadmap_key_f(3)), ("\u{1b}OS", roadmap_key_f(4)),
        ]
        let numbered = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]
        for (index, number) in numbered.enumerated() {
            table.append(("\u{1b}[\(number)~", roadmap_key_f(Int32(index + 1))))
        }
        return table
    }

    /// The bracketed-paste markers (`ESC[200~`, `ESC[201~`) as key codes:
    /// the terminal's own when terminfo names them, else ours.
    static func installPaste() -> (start: Int32, end: Int32) {
        (code(for: "\u{1b}[200~", own: KeyDecoder.ownPasteStart), code(for: "\u{1b}[201~", own: KeyDecoder.ownPasteEnd))
    }

    private static func code(for sequence: String, own: Int32) -> Int32 {
        let existing = key_defined(sequence)
        if existing > 0 { return existing }
        define_key(sequence, own)
        return own
    }

    /// Needs `keypad` already on. Returns the run-time codes of Ctrl-arrows.
    static func install() -> [Int32: Key] {
        for (sequence, code) in common where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        var codes: [Int32: Key] = [:]
        let word: [(String, Key, [String], Int32)] = [
            ("kLFT5", .wordLeft, ["\u{1b}[1;5D", "\u{1b}Od"], ownWordLeft),
            ("kRIT5", .wordRight, ["\u{1b}[1;5C", "\u{1b}Oc"], ownWordRight),
        ]
        for (capability, key, sequences, ownCode) in word {
            if let code = terminfoCode(capability) {
                codes[code] = key
                continue
            }
            for sequence in sequences {
                let existing = key_defined(sequence)
                if existing > 0 {
                    codes[existing] = key
                } else if existing == 0, define_key(sequence, ownCode) == OK {
                    codes[ownCode] = key
                }
                // -1: the sequence is a prefix of another key; leave it alone.
            }
        }
        return codes
    }

    private static func terminfoCode(_ capability: String) -> Int32? {
        guard let value = tigetstr(capability), roadmap_is_string_capability(value) != 0 else { return nil }
        let code = key_defined(value)
        return code > 0 ? code : nil
    }
}
