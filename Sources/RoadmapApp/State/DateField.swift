/// A date typed on the bottom line, and why it was not taken.
public struct DateField: Hashable, Sendable {
    public var editor: LineEditor
    /// Said beside the field; gone once the text changes.
    public var problem: String?
    /// Still the proposed date: the first character typed replaces it.
    public var proposed: Bool

    public init(_ text: String = "", proposed: Bool = false) {
        editor = LineEditor(text)
        problem = nil
        self.proposed = proposed
    }

    /// Applies one key: the proposed date gives way to the first character
    /// typed; any other key (an arrow, Backspace) makes it text to edit.
    mutating func handle(_ key: Key) -> LineEditor.Outcome {
        if proposed, case .character = key { editor = LineEditor() }
        proposed = false
        let before = editor.text
        let outcome = editor.handle(key)
        if editor.text != before { problem = nil }
        return outcome
    }

    mutating func paste(_ text: String) {
        if proposed { editor = LineEditor() }
        editor.paste(text)
        proposed = false
        problem = nil
    }
}
