import CNcursesw
import RoadmapApp

/// What one `wget_wch` call means to the run loop.
public enum KeyEvent: Hashable, Sendable {
    case key(Key)
    /// A whole bracketed paste (`ESC[200~ … ESC[201~`): text, never keys.
    case paste(String)
    /// ncurses has resized its screen (`KEY_RESIZE`); ask it for the new size.
    case resize
    /// A key the dashboard has no use for (mouse, Ctrl-\, C1 controls …).
    case ignored
}

/// Turns what `wget_wch` returns into keys. No terminal inside: the
/// run-time part (codes terminfo assigns to Ctrl-arrows) comes in as
/// `extraCodes`, so the tables are tested without a terminal. The one thing
/// it remembers is a paste under way: from its start code to its end code
/// every character is collected, and the end yields the whole text.
public struct KeyDecoder: Sendable {
    /// Our codes for the bracketed-paste markers, taught to ncurses with
    /// `define_key` (beside `KeySequences`' own Ctrl-arrow codes).
    public static let ownPasteStart: Int32 = 0x7002
    public static let ownPasteEnd: Int32 = 0x7003

    /// Key codes found at run time, e.g. the code of `kLFT5` (Ctrl-Left).
    public var extraCodes: [Int32: Key]
    private let pasteStart: Int32
    private let pasteEnd: Int32
    /// The text of a paste under way; nil outside one.
    private var pasted: String?

    public init(extraCodes: [Int32: Key] = [:], pasteStart: Int32 = ownPasteStart, pasteEnd: Int32 = ownPasteEnd) {
        self.extraCodes = extraCodes
        self.pasteStart = pasteStart
        self.pasteEnd = pasteEnd
    }

    /// A character `wget_wch` returned with `OK`: text, or a control byte.
    public mutating func decode(character value: UInt32) -> KeyEvent {
        if pasted != nil {
            // Inside a paste a line break is text too; the app decides what it becomes.
            if let scalar = Unicode.Scalar(value) { pasted?.unicodeScalars.append(scalar) }
            return .ignored
        }
        switch value {
        case 27: return .key(.escape)
        // `nonl` leaves Enter as \r; a pasted or piped newline is \n.
        case 13, 10: return .key(.enter)
        case 9: return .key(.tab)
        // Terminals disagree: DEL (127) is usual, ^H (8) on some consoles.
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + value)))))
        case 0, 28...31, 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key code `wget_wch` returned with `KEY_CODE_YES`.
    public mutating func decode(keyCode: Int32) -> KeyEvent {
        if keyCode == KEY_RESIZE { return .resize }
        if keyCode == pasteStart {
            pasted = ""
            return .ignored
        }
        if keyCode == pasteEnd {
            defer { pasted = nil }
            return pasted.map(KeyEvent.paste) ?? .ignored
        }
        // An arrow or F-key sequence inside pasted text is not a key press.
        if pasted != nil { return .ignored }
        if let key = KeyDecoder.fixedCodes[keyCode] ?? extraCodes[keyCode] { return .key(key) }
        return .ignored
    }

    /// Codes ncurses defines once for every terminal.
    static let fixedCodes: [Int32: Key] = {
        var table: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_HOME: .home, KEY_END: .end,
            // vt220 and the Linux console send Find/Select for Home/End.
            KEY_FIND: .home, KEY_SELECT: .end,
            KEY_BACKSPACE: .backspace, KEY_DC: .delete,
            KEY_ENTER: .enter, KEY_BTAB: .backTab,
        ]
        for n in 1...12 { table[roadmap_key_f(Int32(n))] = .function(n) }
        return table
    }()
}
