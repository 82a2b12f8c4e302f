/// Splits a phrase into tokens. A hand scanner rather than regular
/// expressions: every load reads hundreds of cells and the rules are few.
enum DeadlineTokenizer {
    static let dashes: Set<Character> = ["-", "–", "—", "‒", "−", "‐", "‑", "―"]

    /// Endings of written ordinals: «3-й квартал», «до 25-го числа».
    static let ordinalEndings: Set<String> = ["й", "го", "ого", "е", "ое", "м", "ом", "я", "ая", "ий", "ый", "ой"]

    static func tokens(_ text: String) -> [DeadlineToken] {
        let chars = Array(text)
        var result: [DeadlineToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if isDigit(c) {
                result.append(number(chars, &i))
            } else if c.isLetter {
                let start = i
                while i < chars.count, chars[i].isLetter { i += 1 }
                let original = String(chars[start..<i])
                for part in gluedNumeral(original) ?? [original] {
                    result.append(DeadlineToken(kind: .word(normalisedWord(part)), original: part))
                }
            } else if dashes.contains(c) {
                result.append(DeadlineToken(kind: .dash, original: "-")); i += 1
            } else if c == "," || c == ";" {
                result.append(DeadlineToken(kind: .separator, original: String(c))); i += 1
            } else if c == "/" {
                result.append(DeadlineToken(kind: .slash, original: "/")); i += 1
            } else if footnoteMarks.contains(c), i > 0, !chars[i - 1].isWhitespace {
                // «25 декабря 2021* года», «до 01.09.2021¹»: a mark glued to
                // a word or a date points to a footnote, not to a day.
                i += 1
            } else if c == "." {
                // Dots outside dates end abbreviations («г.», «янв.») or the
                // cell; they carry no meaning of their own.
                i += 1
            } else {
                result.append(DeadlineToken(kind: .other(c), original: String(c))); i += 1
            }
        }
        return result
    }

    /// Footnote marks: asterisks and superscript digits.
    static let footnoteMarks: Set<Character> = ["*", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    private static func isDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }

    private static func digits(_ chars: [Character], _ i: inout Int) -> String {
        let start = i
        while i < chars.count, isDigit(chars[i]) { i += 1 }
        return String(chars[start..<i])
    }

    /// A number, a dotted date, or a number with an ordinal ending.
    private static func number(_ chars: [Character], _ i: inout Int) -> DeadlineToken {
        let start = i
        var parts = [digits(chars, &i)]
        while parts.count < 3, i + 1 < chars.count, chars[i] == ".", isDigit(chars[i + 1]) {
            i += 1
            parts.append(digits(chars, &i))
        }
        if parts.count == 1, let time = clock(chars, &i, hours: parts[0]) {
            return DeadlineToken(kind: time, original: String(chars[start..<i]))
        }
        let original = String(chars[start..<i])
        if parts.count > 1 {
            return DeadlineToken(kind: time(parts) ?? date(parts) ?? .other("."), original: original)
        }
        guard parts[0].count <= 9, let value = Int(parts[0]) else {
            return DeadlineToken(kind: .other("#"), original: original)
        }
        skipOrdinalEnding(chars, &i)
        return DeadlineToken(kind: .number(value, digits: parts[0].count), original: original)
    }

    /// «18:00»: a colon between hours and two digits of minutes.
    private static func clock(_ chars: [Character], _ i: inout Int, hours: String) -> DeadlineToken.Kind? {
        guard i + 2 < chars.count, chars[i] == ":", isDigit(chars[i + 1]), isDigit(chars[i + 2]),
              i + 3 >= chars.count || !isDigit(chars[i + 3]) else { return nil }
        guard let time = time([hours, String(chars[(i + 1)...(i + 2)])], dotted: false) else { return nil }
        i += 3
        return time
    }

    /// «12.00», «18.30»: dotted hours and minutes, which no date can be —
    /// the month would be 00 or more than 12. «10.12» stays a date.
    private static func time(_ parts: [String], dotted: Bool = true) -> DeadlineToken.Kind? {
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute),
              !dotted || !(1...12).contains(minute) else { return nil }
        return .time(hour: hour, minute: minute)
    }

    private static func date(_ parts: [String]) -> DeadlineToken.Kind? {
        guard (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        if parts.count == 2 { return .date(day: day, month: month, year: nil) }
        switch parts[2].count {
        case 4: return Int(parts[2]).map { .date(day: day, month: month, year: $0) }
        case 2: return Int(parts[2]).map { .date(day: day, month: month, year: 2000 + $0) }
        default: return nil
        }
    }

    /// Consumes «-й», «-го», «й» after a number when that is all the word is.
    private static func skipOrdinalEnding(_ chars: [Character], _ i: inout Int) {
        var j = i
        if j < chars.count, dashes.contains(chars[j]) { j += 1 }
        let start = j
        while j < chars.count, chars[j].isLetter { j += 1 }
        guard j > start else { return }
        let ending = String(chars[start..<j]).lowercased()
        if ordinalEndings.contains(ending) { i = j }
    }

    /// Capital Roman numeral letters, Latin and the Cyrillic «І».
    private static let numeralLetters: Set<Character> = ["I", "V", "І"]

    /// «Iквартал», «IIполугодие»: a Roman numeral glued to the unit after it
    /// is two words.
    static func gluedNumeral(_ word: String) -> [String]? {
        let numeral = word.prefix { numeralLetters.contains($0) }
        let rest = String(word.dropFirst(numeral.count))
        guard (1...4).contains(numeral.count), !rest.isEmpty,
              DeadlineVocabulary.units[normalisedWord(rest)] != nil else { return nil }
        return [String(numeral), rest]
    }

    /// Latin letters that OCR puts into Cyrillic words («Mapт»).
    private static let lookalikes: [Character: Character] = [
        "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м",
        "o": "о", "p": "р", "t": "т", "x": "х", "y": "у",
    ]

    static func normalisedWord(_ original: String) -> String {
        let lower = String(original.lowercased().map { $0 == "ё" ? "е" : $0 })
        let hasCyrillic = lower.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        let hasLatin = lower.unicodeScalars.contains { $0.isASCII }
        guard hasCyrillic && hasLatin else { return lower }
        return String(lower.map { lookalikes[$0] ?? $0 })
    }
}
