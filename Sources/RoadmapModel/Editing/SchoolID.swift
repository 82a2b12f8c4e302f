/// Ids for new schools, made from the short name: latin `a-z0-9-`, the way
/// the bundled samples spell them («Нижний Курп» → «nizhniy-kurp»).
public enum SchoolID {
    private static let letters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    /// Transliterates and joins words with `-`; at most 64 characters.
    public static func transliterate(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            if let latin = letters[character] {
                out += latin
            } else if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(64))
    }

    /// A free id for a school with this short name: «urozhaynoe», else
    /// «urozhaynoe-2», …
    public static func make(from shortName: String, taken: Set<String>) -> String {
        let base = transliterate(shortName).isEmpty ? "school" : transliterate(shortName)
        if !taken.contains(base) { return base }
        for n in 2... {
            let suffix = "-\(n)"
            let candidate = String(base.prefix(64 - suffix.count)) + suffix
            if !taken.contains(candidate) { return candidate }
        }
        return base
    }

    /// The rule the store checks: latin lower-case letters, digits and `-`, 1–64 characters,
    /// beginning with a letter or digit.
    public static func isValid(_ id: String) -> Bool {
        func alphanumeric(_ c: Character) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        guard let first = id.first, alphanumeric(first), id.count <= 64 else { return false }
        return id.allSatisfy { alphanumeric($0) || $0 == "-" }
    }
}
