/// Whether text already has its whitespace collapsed — single plain spaces
/// between words, none at the ends — decided scalar by scalar, without the
/// Unicode property look-ups of `Character.isWhitespace`, which are most of
/// the cost of cleaning a cell that needs no cleaning. When in doubt the
/// answer is no, and the cell is cleaned the full way.
enum SpaceRun {
    static func isCollapsed(_ text: String) -> Bool {
        var afterSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if afterSpace { return false }
                afterSpace = true
                continue
            }
            if value < 0x20 || isOtherWhitespace(value) { return false }
            // A combining mark after a space joins it into one whitespace
            // character («\u{20}\u{301}»), which cleaning drops.
            if afterSpace, !startsCharacter(value) { return false }
            afterSpace = false
        }
        return !afterSpace
    }

    /// The White_Space scalars besides the ASCII ones.
    private static func isOtherWhitespace(_ value: UInt32) -> Bool {
        value >= 0x85 && (value == 0x85 || value == 0xA0 || value == 0x1680 || (0x2000...0x200A).contains(value)
            || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F || value == 0x3000)
    }

    /// Scalars that never attach to the one before: ASCII and Latin-1,
    /// Cyrillic, dashes, quotes and other punctuation, «№».
    private static func startsCharacter(_ value: UInt32) -> Bool {
        value < 0x300 || (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value)
            || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x2100...0x214F).contains(value)
    }
}
