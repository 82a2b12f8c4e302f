import Foundation

/// Splits a «ответственные» cell into entries the way the bundled samples
/// record them. The converted text has lost the line breaks that separated
/// the entries inside the cell, so the entries are found again by rules
/// that hold in Russian official tables:
///
/// 1. A paragraph break inside the cell (DOCX, CSV), a comma or a semicolon
///    outside brackets and quotes ends an entry: «Руководители ОО,
///    учителя-предметники».
/// 2. A person's name — a surname with initials, «Королюк А.А.» or «Л.П.
///    Шидукова» — is an entry of its own: «ИМЦ УО Шидукова Л.П.» gives «ИМЦ
///    УО» and «Шидукова Л.П.»; «Мирюк О.В. Руководители» gives «Мирюк О.В.»
///    and «Руководители».
/// 3. A capitalised word right after an abbreviation or a closing bracket
///    or quote starts a new unit: «ПК ИРО Отдел общего образования УРМУО»,
///    «ФГБНУ «ИСРО РАО» (г.Москва) Отдел …». After an ordinary word it does
///    not («Специалисты Управления системы образования»).
/// 4. Abbreviations at the end («… ИМЦ УО») are a unit of their own only
///    when the same abbreviations stand alone as an entry elsewhere in the
///    column *and* what precedes them is a complete entry too: an entry
///    seen alone elsewhere («Руководители ОО» + «ИМЦ УО»), or a plural
///    adjective with its noun («Образовательные организации» + «ИМЦ УО»).
///    Otherwise they name whose unit it is: «Методисты ИМЦ УО», «Отдел
///    мониторинга и развития образования УРМУО», «… с МОУ УРМУО».
struct ResponsibleSplitter {
    /// Entries (folded) found by rules 1–3 anywhere in the column.
    private let known: Set<String>

    init(column cells: [String]) {
        var known: Set<String> = []
        for cell in cells {
            for entry in Self.firstRules(cell) { known.insert(Self.fold(entry)) }
        }
        self.known = known
    }

    func split(_ cell: String) -> [String] {
        Self.firstRules(cell).flatMap(splitTrailingUnit)
    }

    // MARK: Rules 1–3

    private static func firstRules(_ cell: String) -> [String] {
        cell.split(separator: "\n").flatMap { paragraph(String($0)) }
    }

    private static func paragraph(_ text: String) -> [String] {
        var entries: [String] = []
        for part in separators(text) {
            // «Петрова А.В., ведущий специалист УО»: the position after the
            // comma belongs to the person before it.
            if let last = entries.last, isPerson(last), isPosition(part) {
                entries[entries.count - 1] = last + ", " + part
                continue
            }
            entries += persons(part).flatMap(unitsAfterAbbreviations)
        }
        return entries
    }

    /// An entry that is one person's name with initials and nothing else.
    private static func isPerson(_ entry: String) -> Bool {
        let words = entry.split(separator: " ").map(String.init)
        return personLength(words, at: 0) == words.count
    }

    /// «ведущий специалист УО», «методист ИМЦ», «учитель математики»: a
    /// position as printed after a name — lower case, no initials, and a
    /// word naming a post. «методическая служба» or «руководители ОО» is a
    /// unit or a group of its own.
    private static func isPosition(_ entry: String) -> Bool {
        guard entry.first?.isLowercase == true, !persons(entry).contains(where: isPerson) else { return false }
        let words = entry.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        return words.contains { word in postWords.contains(word) }
    }

    /// Posts in the singular, as they follow a name.
    private static let postWords: Set<String> = [
        "специалист", "начальник", "заместитель", "зам.", "директор", "руководитель", "методист",
        "заведующий", "заведующая", "консультант", "инспектор", "председатель", "советник", "эксперт",
        "психолог", "логопед", "дефектолог", "учитель", "педагог", "куратор", "координатор", "секретарь",
        "тьютор", "наставник",
    ]

    private static func separators(_ cell: String) -> [String] {
        var entries: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for c in cell {
            switch c {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "«": quoted = true
            case "»": quoted = false
            default: break
            }
            if c == "\n" || (depth == 0 && !quoted && (c == "," || c == ";")) {
                entries.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        entries.append(current)
        return entries.map(tidy).filter { !$0.isEmpty }
    }

    private static func persons(_ entry: String) -> [String] {
        let words = entry.split(separator: " ").map(String.init)
        var result: [[String]] = [[]]
        var index = 0
        while index < words.count {
            if let length = personLength(words, at: index) {
                if !result[result.count - 1].isEmpty { result.append([]) }
                result[result.count - 1] += words[index..<index + length]
                result.append([])
                index += length
            } else {
                result[result.count - 1].append(words[index])
                index += 1
            }
        }
        return result.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
    }

    /// «Королюк А.А.», «Королюк А. А.», «Л.П. Шидукова»: how many words the
    /// name at `index` takes, or nil.
    private static func personLength(_ words: [String], at index: Int) -> Int? {
        func initials(_ i: Int) -> Int? {
            guard i < words.count else { return nil }
            if isInitials(words[i]) { return 1 }
            if i + 1 < words.count, isInitial(words[i]), isInitial(words[i + 1]) { return 2 }
            return nil
        }
        if isSurname(words[index]), let n = initials(index + 1) { return 1 + n }
        if let n = initials(index), index + n < words.count, isSurname(words[index + n]) { return n + 1 }
        return nil
    }

    private static func isSurname(_ word: String) -> Bool {
        let letters = word.split(separator: "-")
        return !letters.isEmpty && letters.allSatisfy { part in
            part.count >= 2 && part.first!.isUppercase && part.dropFirst().allSatisfy { $0.isLowercase && $0.isLetter }
        }
    }

    /// «А.А.», «А.А», «О.В.».
    private static func isInitials(_ word: String) -> Bool {
        let chars = Array(word)
        return (chars.count == 4 || chars.count == 3) && chars[0].isUppercase && chars[1] == "."
            && chars[2].isUppercase && (chars.count == 3 || chars[3] == ".")
    }

    private static func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.first!.isUppercase && word.last == "."
    }

    private static func unitsAfterAbbreviations(_ entry: String) -> [String] {
        let words = entry.split(separator: " ").map(String.init)
        var result: [[String]] = [[]]
        for (index, word) in words.enumerated() {
            if index > 0, isCapitalisedWord(word), closesUnit(words[index - 1]) { result.append([]) }
            result[result.count - 1].append(word)
        }
        return result.map { $0.joined(separator: " ") }
    }

    // MARK: Rule 4

    private func splitTrailingUnit(_ entry: String) -> [String] {
        let words = entry.split(separator: " ").map(String.init)
        var start = words.count
        while start > 0, Self.isAbbreviation(words[start - 1]) { start -= 1 }
        guard start < words.count else { return [entry] }
        for cut in max(start, 1)..<words.count {
            let prefix = words[..<cut].joined(separator: " ")
            let suffix = words[cut...].joined(separator: " ")
            if known.contains(Self.fold(suffix)), isCompleteEntry(Array(words[..<cut])) {
                return [prefix, suffix]
            }
        }
        return [entry]
    }

    private func isCompleteEntry(_ words: [String]) -> Bool {
        if known.contains(Self.fold(words.joined(separator: " "))) { return true }
        guard words.count == 2 else { return false }
        let adjective = words[0].lowercased(), noun = words[1]
        return (adjective.hasSuffix("ые") || adjective.hasSuffix("ие"))
            && noun.allSatisfy { $0.isLetter && $0.isLowercase }
            && (noun.hasSuffix("и") || noun.hasSuffix("ы"))
    }

    // MARK: Words

    /// «ИМЦ», «УО», «ФГБНУ», ««ИСРО», «РАО»»: capitals only (quotes aside).
    static func isAbbreviation(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && word.allSatisfy { $0.isLetter || "«»\"-".contains($0) }
    }

    private static func isCapitalisedWord(_ word: String) -> Bool {
        let chars = Array(word)
        return chars.count >= 2 && chars[0].isUppercase && chars[1].isLowercase && chars[1].isLetter
    }

    private static func closesUnit(_ word: String) -> Bool {
        isAbbreviation(word) || word.hasSuffix(")") || word.hasSuffix("»")
    }

    private static func tidy(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;")))
    }

    private static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }
}
