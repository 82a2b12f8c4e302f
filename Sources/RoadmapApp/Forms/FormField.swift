import RoadmapModel

/// One field of a form: text typed in an editor, one choice out of a few,
/// or a set of items switched on and off.
public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Text; `rows` > 1 wraps it over that many rows (the title).
        case text(rows: Int)
        /// One of these, changed with ← → or Space.
        case choice([String])
        /// Any of these, ← → walk, Space switches the one under the cursor.
        case toggles([String])
    }

    public var id: EditField
    public var label: String
    public var kind: Kind
    public var editor = LineEditor()
    /// The chosen item (choice) or the item under the cursor (toggles).
    public var index = 0
    public var toggled: Set<Int> = []
    /// A shown-but-skipped field: the chosen schools while the scope is
    /// not «выбранные школы».
    public var hidden = false

    public init(_ id: EditField, _ label: String, text: String, rows: Int = 1) {
        self.id = id
        self.label = label
        self.kind = .text(rows: rows)
        self.editor = LineEditor(text)
    }

    public init(_ id: EditField, _ label: String, choices: [String], chosen: Int) {
        self.id = id
        self.label = label
        self.kind = .choice(choices)
        self.index = max(0, min(chosen, choices.count - 1))
    }

    public init(_ id: EditField, _ label: String, toggles items: [String], on: Set<Int>) {
        self.id = id
        self.label = label
        self.kind = .toggles(items)
        self.toggled = on
    }

    public var text: String { editor.text }

    /// A text field wrapped over several rows (title, result, notes).
    public var isWrapped: Bool {
        if case .text(let rows) = kind { return rows > 1 }
        return false
    }

    public var isText: Bool {
        if case .text = kind { return true }
        return false
    }

    var items: [String] {
        switch kind {
        case .text: return []
        case .choice(let items), .toggles(let items): return items
        }
    }

    /// What the value is, for telling whether the form changed.
    var value: String {
        switch kind {
        case .text: return editor.text
        case .choice: return String(index)
        case .toggles: return toggled.sorted().map(String.init).joined(separator: ",")
        }
    }

    /// The items switched on, in their order.
    var chosenItems: [String] {
        items.indices.filter(toggled.contains).map { items[$0] }
    }

    /// Keys that change the value; false when the key is not the field's.
    mutating func handle(_ key: Key) -> Bool {
        switch kind {
        case .text:
            _ = editor.handle(key)
            return true
        case .choice(let items):
            guard !items.isEmpty else { return false }
            switch key {
            case .right, .character(" "): index = (index + 1) % items.count
            case .left: index = (index + items.count - 1) % items.count
            default: return false
            }
            return true
        case .toggles(let items):
            guard !items.isEmpty else { return false }
            switch key {
            case .right: index = min(items.count - 1, index + 1)
            case .left: index = max(0, index - 1)
            case .home: index = 0
            case .end: index = items.count - 1
            case .character(" "):
                if toggled.contains(index) { toggled.remove(index) } else { toggled.insert(index) }
            default: return false
            }
            return true
        }
    }
}
