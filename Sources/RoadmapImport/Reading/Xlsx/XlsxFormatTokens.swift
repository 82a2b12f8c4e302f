/// One piece of a number format code: text printed as it is, a part of a
/// date or time, or the characters that shape a number.
enum XlsxFormatToken: Equatable, Sendable {
    case literal(String)
    /// A run of one date letter, lower-cased: «dd», «mmmm», «yyyy», «h», «ss».
    case date(String)
    case amPm
    /// `0 # ? . , %` and the space between digit places.
    case digits(String)
    case general
    /// `@`: the cell's text.
    case text
    /// Exponents, fractions, conditions: shown as General.
    case unreadable

    var isDatePart: Bool {
        if case .date = self { return true }
        return self == .amPm
    }

    var isUnreadable: Bool { self == .unreadable }
}

/// Splits a format code into its sections (`;`) and each into tokens:
/// quoted and escaped text, `[...]` brackets (colours and locales are
/// skipped, a currency symbol kept, `[h]` read as hours), date letters and
/// digit places.
enum XlsxFormatTokens {
    static func sections(_ code: String) -> [[XlsxFormatToken]] {
        var sections: [[XlsxFormatToken]] = [[]]
        var characters = Array(code)[...]
        while let character = characters.popFirst() {
            if character == ";" {
                sections.append([])
                continue
            }
            let token = next(character, &characters)
            if let token { sections[sections.count - 1].append(token) }
        }
        return sections.map(merged)
    }

    private static let dateLetters: Set<Character> = ["y", "m", "d", "h", "s", "e"]
    private static let digitCharacters: Set<Character> = ["0", "#", "?", ".", ",", "%"]

    private static func next(_ character: Character, _ rest: inout ArraySlice<Character>) -> XlsxFormatToken? {
        switch character {
        case "\"":
            let text = rest.prefix { $0 != "\"" }
            rest = rest.dropFirst(text.count + 1)
            return .literal(String(text))
        case "\\":
            return rest.popFirst().map { .literal(String($0)) }
        case "_":
            rest = rest.dropFirst()
            return .literal(" ")
        case "*":
            rest = rest.dropFirst()
            return nil
        case "[":
            let inside = String(rest.prefix { $0 != "]" })
            rest = rest.dropFirst(inside.count + 1)
            return bracket(inside)
        case "@":
            return .text
        default:
            return word(character, &rest)
        }
    }

    private static func word(_ character: Character, _ rest: inout ArraySlice<Character>) -> XlsxFormatToken? {
        let lower = Character(character.lowercased())
        let upcoming = String(rest.prefix(6)).lowercased()
        if lower == "g", "g" + upcoming.prefix(6) == "general" {
            rest = rest.dropFirst(6)
            return .general
        }
        if lower == "a", upcoming.hasPrefix("m/pm") {
            rest = rest.dropFirst(4)
            return .amPm
        }
        if lower == "a", upcoming.hasPrefix("/p") {
            rest = rest.dropFirst(2)
            return .amPm
        }
        if lower == "e", upcoming.hasPrefix("+") || upcoming.hasPrefix("-") { return .unreadable }
        if dateLetters.contains(lower) {
            let run = rest.prefix { Character($0.lowercased()) == lower }
            rest = rest.dropFirst(run.count)
            return .date(String(repeating: lower, count: run.count + 1))
        }
        if digitCharacters.contains(character) { return .digits(String(character)) }
        return .literal(String(character))
    }

    /// `[Red]`, `[$-419]` are how the cell looks, not what it says; `[$₽-419]`
    /// prints «₽»; `[h]`, `[mm]`, `[ss]` are elapsed time, read as the clock;
    /// a condition (`[<100]`) picks a section this reader does not.
    private static func bracket(_ inside: String) -> XlsxFormatToken? {
        let lower = inside.lowercased()
        if lower.hasPrefix("$") {
            let symbol = inside.dropFirst().prefix { $0 != "-" }
            return symbol.isEmpty ? nil : .literal(String(symbol))
        }
        if let first = lower.first, ["h", "m", "s"].contains(first), lower.allSatisfy({ $0 == first }) {
            return .date(lower)
        }
        if let first = lower.first, "<>=".contains(first) { return .unreadable }
        return nil
    }

    /// Neighbouring digit characters are one run; a space between digit
    /// places is a thousands separator («# ##0»), so joins the run.
    private static func merged(_ tokens: [XlsxFormatToken]) -> [XlsxFormatToken] {
        var result: [XlsxFormatToken] = []
        for (index, token) in tokens.enumerated() {
            if case .literal(" ") = token, case .digits? = result.last,
               index + 1 < tokens.count, case .digits = tokens[index + 1], !tokens.contains(where: \.isDatePart) {
                result[result.count - 1] = .digits(digitsText(result.last!) + ",")
                continue
            }
            if case .digits(let more) = token, case .digits(let run)? = result.last {
                result[result.count - 1] = .digits(run + more)
            } else {
                result.append(token)
            }
        }
        return result
    }

    private static func digitsText(_ token: XlsxFormatToken) -> String {
        if case .digits(let text) = token { return text }
        return ""
    }
}
