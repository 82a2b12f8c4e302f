import CNcursesw
import RoadmapApp

/// What one `wget_wch` call means to the run loop.
public enum KeyEvent: Hashable, Sendable {
    case key(Key)
    /// ncurses has resized its screen (`KEY_RESIZE`); ask it for the new size.
    case resize
    /// A key the dashboard has no use for (mouse, Ctrl-\, C1 controls …).
    case ignored
}

/// Turns what `wget_wch` returns into keys. Pure: the run-time part (codes
/// terminfo assigns to Ctrl-arrows) comes in as `extraCodes`, so the tables
/// are tested without a terminal.
public struct KeyDecoder: Sendable {
    /// Key codes found at run time, e.g. the code of `kLFT5` (Ctrl-Left).
    public var extraCodes: [Int32: Key]

    public init(extraCodes: [Int32: Key] = [:]) {
        self.extraCodes = extraCodes
    }

    /// A character `wget_wch` returned with `OK`: text, or a control byte.
    public func decode(character value: UInt32) -> KeyEvent {
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
    public func decode(keyCode: Int32) -> KeyEvent {
        if keyCode == KEY_RESIZE { return .resize }
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
