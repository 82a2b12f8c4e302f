/// The ЙЦУКЕН layout by physical key: which character a key gives with the
/// Russian layout on, for every key a hotkey may sit on. One table, read by
/// the keymap (to act on `й` as on `q`) and by the help (to print both).
public enum RussianLayout {
    static let pairs: [(latin: Character, russian: Character)] = [
        ("q", "й"), ("w", "ц"), ("e", "у"), ("r", "к"), ("t", "е"), ("y", "н"), ("u", "г"),
        ("i", "ш"), ("o", "щ"), ("p", "з"), ("[", "х"), ("]", "ъ"),
        ("a", "ф"), ("s", "ы"), ("d", "в"), ("f", "а"), ("g", "п"), ("h", "р"), ("j", "о"),
        ("k", "л"), ("l", "д"), (";", "ж"), ("'", "э"),
        ("z", "я"), ("x", "ч"), ("c", "с"), ("v", "м"), ("b", "и"), ("n", "т"), ("m", "ь"),
        (",", "б"), (".", "ю"), ("/", "."),
        // Shift with the `/` key gives `,` on the Russian layout.
        ("?", ","),
        ("`", "ё"),
    ]

    private static let toLatin: [Character: Character] = {
        var map: [Character: Character] = [:]
        for (latin, russian) in pairs {
            map[russian] = latin
            let upper = Character(russian.uppercased())
            if upper != russian { map[upper] = Character(latin.uppercased()) }
        }
        return map
    }()

    /// Upper-case letters too: `D` (Shift-d) is `В`.
    private static let toRussian: [Character: Character] = {
        var map = Dictionary(pairs.map { ($0.latin, $0.russian) }, uniquingKeysWith: { a, _ in a })
        for (latin, russian) in pairs where latin.isLetter {
            map[Character(latin.uppercased())] = Character(russian.uppercased())
        }
        return map
    }()

    /// The Latin character of the same physical key, or nil.
    public static func latin(for character: Character) -> Character? { toLatin[character] }

    /// The Russian character of the same physical key, or nil.
    public static func russian(for character: Character) -> Character? { toRussian[character] }
}
