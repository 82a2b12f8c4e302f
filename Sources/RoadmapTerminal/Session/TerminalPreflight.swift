import CNcursesw
import Foundation

/// Checks made before the data is read and before the screen is touched,
/// so a wrong environment gets a plain message instead of a broken screen.
@MainActor
enum TerminalPreflight {
    static func check(environment: [String: String]) throws(TerminalRefusal) {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw .notATerminal }
        try ensureUTF8Locale()
        try checkTerminalType(environment["TERM"] ?? "")
    }

    /// Without a UTF-8 LC_CTYPE, ncursesw draws Cyrillic as blanks and
    /// `wget_wch` swallows keys. Many machines have only C, C.UTF-8, POSIX.
    static func ensureUTF8Locale() throws(TerminalRefusal) {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return }
        let original = currentCodeset()
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8(currentCodeset()) { return }
        throw .notUTF8(codeset: original)
    }

    static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().replacingOccurrences(of: "-", with: "")
        return normalized == "utf8"
    }

    /// `initscr` would print its own English message and exit on an unknown
    /// TERM; asking terminfo first lets us say it our way.
    private static func checkTerminalType(_ name: String) throws(TerminalRefusal) {
        guard !name.isEmpty else { throw .noTERM }
        var status: Int32 = 0
        guard setupterm(name, STDOUT_FILENO, &status) == OK else {
            throw status == -1 ? .noTerminfo(name) : .unknownTERM(name)
        }
        defer { del_curterm(roadmap_cur_term()) }
        guard let move = tigetstr("cup"), roadmap_is_string_capability(move) != 0 else {
            throw .cannotAddressCursor(name)
        }
    }
}
