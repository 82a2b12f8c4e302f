import TextWidth

/// A one-line text editor for Russian text: the cursor moves by whole
/// characters (a Cyrillic letter or a wide CJK glyph is one step) and the
/// view scrolls by terminal columns.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters`: the cursor sits before this character.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public enum Outcome: Hashable, Sendable {
        case editing
        case submit(String)
        case cancel
    }

    /// Applies one key; keys it does not know are ignored.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let c): insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeFirst(cursor); cursor = 0
        case .enter: return .submit(text)
        case .escape: return .cancel
        default: break
        }
        return .editing
    }

    public mutating func insert(_ c: Character) {
        guard !c.isNewline, DisplayWidth.of(c) > 0 || c == " " else { return }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    private func isWord(_ i: Int) -> Bool {
        characters[i].isLetter || characters[i].isNumber
    }

    /// The start of the word left of `i` (skipping spaces first).
    private func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0, !isWord(j - 1) { j -= 1 }
        while j > 0, isWord(j - 1) { j -= 1 }
        return j
    }

    /// The end of the word right of `i` (skipping spaces first).
    private func wordEnd(after i: Int) -> Int {
        var j = i
        while j < characters.count, !isWord(j) { j += 1 }
        while j < characters.count, isWord(j) { j += 1 }
        return j
    }

    /// The part to show in `width` columns so the cursor stays visible,
    /// and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        var start = 0
        var before = DisplayWidth.of(String(characters[..<cursor]))
        // Keep one column free for the cursor itself.
        while before > width - 1, start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        var shown = "", used = 0
        for c in characters[start...] {
            let w = DisplayWidth.of(c)
            if used + w > width { break }
            shown.append(c)
            used += w
        }
        return (shown, before)
    }
}

extension LineEditor {
    /// The editor's keys, for the hint line while it is open and for the help.
    public static let bindings: [(keys: String, help: String)] = [
        ("Enter", "сохранить"),
        ("Esc", "отменить"),
        ("← → Home End", "курсор"),
        ("Ctrl-← Ctrl-→", "по словам"),
        ("Backspace Delete", "стереть"),
    ]
}
