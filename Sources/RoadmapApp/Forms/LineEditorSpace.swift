extension LineEditor {
    /// A space at the cursor unless one is already beside it: line breaks
    /// in a wrapped field become single spaces.
    mutating func insertSpace() {
        let before = cursor > 0 ? characters[cursor - 1] : " "
        let after = cursor < characters.count ? characters[cursor] : "x"
        guard before != " ", after != " " else { return }
        insert(" ")
    }
}
