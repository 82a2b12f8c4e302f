import Foundation

/// Output to the two standard streams. Text from the data is passed through
/// `visible` first, so escape sequences in a title never reach the terminal.
enum Console {
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Replaces control characters (ESC, BEL, C1 codes …) with «�» and line
    /// breaks with spaces: data is shown, never executed by the terminal.
    static func visible(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: result.unicodeScalars.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `visible`, cut after `limit` characters: a value typed or read back
    /// into a message (a 10,000-character id) stays one readable line.
    static func quoted(_ text: String, limit: Int = 80) -> String {
        let shown = visible(text)
        guard shown.count > limit else { return shown }
        return String(shown.prefix(limit)) + "… (всего символов: \(text.count))"
    }

    /// Columns of the terminal stdout goes to, or nil when it is not one.
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }
}
