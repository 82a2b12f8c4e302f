import RoadmapModel

/// Which screen a binding belongs to.
public enum KeyContext: Hashable, Sendable {
    case coordinator
    case control
}

/// One row of the key→action table: the keys, what they do, and how the
/// hint line and the help name them.
public struct Binding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// The word on the bottom line; nil keeps it out of the hint line.
    public var hint: String?
    /// The sentence in the help overlay.
    public var help: String
    public var contexts: Set<KeyContext>
    /// How the hint line names the keys when not by the first key alone.
    public var hintKeys: String?
    /// Keys of keeping the roadmap (forms, sections): the help lists them
    /// in a compact group of their own, after the main table.
    public var isEditing = false

    init(_ keys: [Key], _ action: Action, hint: String? = nil, hintKeys: String? = nil, _ help: String,
         _ contexts: Set<KeyContext> = [.coordinator]) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.hintKeys = hintKeys
        self.help = help
        self.contexts = contexts
    }
}

/// The one table that maps keys to actions; the hint line and the help are
/// generated from it, so they cannot disagree with what the keys do.
public enum Keymap {
    private static let both: Set<KeyContext> = [.coordinator, .control]

    /// In order of importance: the hint line shows as many as fit, from the top.
    public static let bindings: [Binding] = [
        // Space and `d` both mark done (`d` asks for the note): one hint for the two.
        Binding([.character(" ")], .toggleDone, hint: "выполнено", hintKeys: "Пробел d", "выполнено или снять отметку"),
        Binding([.enter], .open, hint: "подробно", "подробно о мероприятии"),
        Binding([.escape], .close, hint: "закрыть", "закрыть; сбросить поиск"),
        Binding([.tab], .nextPane, hint: "панель", "следующая панель"),
        Binding([.backTab], .previousPane, "предыдущая панель"),
        // The date comes early: at 80 columns `y` is the way back to a finished period.
        Binding([.character("y")], .typeDate, hint: "дата", "дата: ввести (01.03.2022, 01.03, март, конец четверти)", both),
        Binding([.character("[")], .monthBack, hint: "месяц", hintKeys: "[ ]", "дата: на месяц назад", both),
        Binding([.character("]")], .monthForward, "дата: на месяц вперёд", both),
        Binding([.character("t")], .today, hint: "сегодня", "дата: сегодня", both),
        Binding([.character("d")], .mark(.done), "выполнено, с отметкой"),
        Binding([.character("p")], .mark(.inProgress), hint: "выполняется", "выполняется"),
        Binding([.character("n")], .mark(.notDone), hint: "не вып.", "не выполнено"),
        Binding([.character("c")], .mark(.cancelled), hint: "отменено", "отменено"),
        Binding([.character("u")], .undo, hint: "отменить", "отменить изменение"),
        editing("e", .edit, hint: "правка", "изменить"),
        editing("a", .add, hint: "добавить", "добавить"),
        editing("D", .delete, "удалить"),
        editing("A", .addSection, "новый раздел"),
        editing("S", .editSection, "раздел: номер, название"),
        editing("R", .renumberSection, "перенумеровать раздел"),
        editing("K", .moveSectionUp, "раздел выше"),
        editing("J", .moveSectionDown, "раздел ниже"),
        editing("o", .toggleFormerSchools, "выбывшие школы: показать, скрыть"),
        editing("E", .editRequisites, "справка: приказ, приложение, подпись, исполнитель"),
        Binding([.character("g")], .toggleGrouping, hint: "группы", "по ответственным / по школам", [.control]),
        Binding([.character("/")], .search, hint: "поиск", "поиск по названию"),
        Binding([.character("w")], .sync, "синхронизировать сейчас (git): отправить и получить отметки", both),
        Binding([.character("r")], .filterResponsible, "фильтр: ответственный"),
        Binding([.character("s")], .cycleSection, "фильтр: раздел"),
        Binding([.character("f")], .cycleStatus, "фильтр: статус"),
        Binding([.character("x")], .clearFilters, "сбросить фильтры"),
        Binding([.up, .character("k")], .up, "вверх", both),
        Binding([.down, .character("j")], .down, "вниз", both),
        Binding([.left, .character("h")], .left, "предыдущий срок"),
        Binding([.right, .character("l")], .right, "следующий срок"),
        Binding([.pageUp], .pageUp, "страница вверх", both),
        Binding([.pageDown], .pageDown, "страница вниз", both),
        Binding([.home], .home, "в начало", both),
        Binding([.end], .end, "в конец", both),
        Binding([.character("?"), .function(1)], .help, hint: "справка", "эта справка", both),
        Binding([.character("q"), .function(10)], .quit, hint: "выход", "выход", both),
    ]

    /// A key of keeping the roadmap, listed compactly in the help.
    static func editing(_ key: Character, _ action: Action, hint: String? = nil, _ help: String) -> Binding {
        var binding = Binding([.character(key)], action, hint: hint, help)
        binding.isEditing = true
        return binding
    }

    /// The action of a key on a screen. A letter typed with the Russian
    /// layout on acts as the Latin letter on the same physical key.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if let action = lookup(key, context) { return action }
        if case .character(let c) = key, let latin = RussianLayout.latin(for: c) {
            return lookup(.character(latin), context) ?? lookup(.character(Character(latin.lowercased())), context)
        }
        if case .character(let c) = key, c.isUppercase {
            return lookup(.character(Character(c.lowercased())), context)
        }
        return nil
    }

    private static func lookup(_ key: Key, _ context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// The key of an action as the hint line names it («t»), for a sentence
    /// that says which key to press.
    static func key(of action: Action) -> String {
        guard let binding = bindings.first(where: { $0.action == action }) else { return "" }
        return binding.hintKeys ?? label(binding.keys[0], russian: false)
    }

    public static func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// How a key is printed: arrows as arrows, letters with their Russian twin.
    public static func label(_ key: Key, russian: Bool = true) -> String {
        switch key {
        case .character(" "): return "Пробел"
        case .character(let c):
            guard russian, let twin = RussianLayout.russian(for: c) else { return String(c) }
            // «//.» would read as a comment: the slash key is written apart.
            return c == "/" || twin == "/" ? "\(c) \(twin)" : "\(c)/\(twin)"
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .wordLeft: return "Ctrl-←"
        case .wordRight: return "Ctrl-→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        }
    }
}
