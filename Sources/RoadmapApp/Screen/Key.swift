/// A key press as the terminal backend decodes it (from `wget_wch`), before
/// the keymap turns it into an action.
public enum Key: Hashable, Sendable {
    /// A printable character, Cyrillic included.
    case character(Character)
    /// Ctrl plus a latin letter, lower-case: `.control("c")`.
    case control(Character)
    case up, down, left, right
    case wordLeft, wordRight
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab
    case backspace, delete
    case function(Int)
}
