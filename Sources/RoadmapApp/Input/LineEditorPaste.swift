extension LineEditor {
    /// Text pasted at the cursor. Every editor holds one line: a line break
    /// or a tab is a space (one for a run of them, none at the start), and other control
    /// characters are dropped, so a pasted paragraph never submits halfway.
    public mutating func paste(_ text: String) {
        for c in text {
            if c.isNewline || c == "\t" {
                if cursor > 0, characters[cursor - 1] != " " { insert(" ") }
            } else if !c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                insert(c)
            }
        }
    }
}
