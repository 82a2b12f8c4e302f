import Foundation

import RoadmapModel

/// Output to the two standard streams. Everything written passes through
/// `DisplayText` (line breaks and tabs kept), so escape sequences and bidi
/// controls in a title never reach the terminal, whatever path the text took.
enum Console {
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data(DisplayText.neutralised(text + terminator, as: .lines).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(DisplayText.neutralised(text + "\n", as: .lines).utf8))
    }

    /// One line of a table or a message: `DisplayText` with line breaks and
    /// tabs as spaces.
    static func visible(_ text: String) -> String {
        DisplayText.neutralised(text)
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
