import Foundation

/// A day as a person types it on the screen or the command line:
/// «01.03.2022», «2022-03-01», «01.03», «1 марта», «март», «конец четверти».
/// A day or month given without a year falls in the roadmap's period, as a
/// month in a deadline does: in an academic-year roadmap September–December
/// are in its first year, January–August in the second.
public enum TypedDay {
    /// nil when the text is not a day. `near` is the day the words «конец
    /// четверти» count from (the date on screen).
    public static func parse(_ text: String, in context: DeadlineContext, near: Day) -> Day? {
        let words = normalized(text)
        if let day = Day.parse(words.joined(separator: " ")) { return day }
        if words.count == 1, let day = numeric(words[0], context.period) { return day }
        if words == ["конец", "четверти"] { return termEnd(context, near: near) }
        return named(words, context.period)
    }

    /// Lower case, «ё» as «е», a trailing «г.» / «года» dropped, split into words.
    private static func normalized(_ text: String) -> [String] {
        var words = text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if let last = words.last, ["г", "г.", "года", "год"].contains(last), words.count > 1 { words.removeLast() }
        if let last = words.last, last.hasSuffix("г."), last.dropLast(2).allSatisfy(\.isNumber) {
            words[words.count - 1] = String(last.dropLast(2))
        }
        return words
    }

    /// «01.03» (the year from the period) and «01.03.22».
    private static func numeric(_ word: String, _ period: Period) -> Day? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count <= 2, parts[1].count <= 2,
              let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        guard parts.count == 3 else { return Day(year: period.year(ofMonth: month), month: month, day: day) }
        guard parts[2].count == 2, let short = Int(parts[2]) else { return nil }
        return Day(year: 2000 + short, month: month, day: day)
    }

    /// «март» (its last day: what March's work came to), «1 марта»,
    /// «1 марта 2022», «март 2022».
    private static func named(_ words: [String], _ period: Period) -> Day? {
        var rest = words
        let day = rest.first.flatMap { Int($0) }
        if day != nil { rest.removeFirst() }
        guard let word = rest.first, let month = DeadlineVocabulary.months[word.trimmingCharacters(in: ["."])] else {
            return nil
        }
        rest.removeFirst()
        var year = period.year(ofMonth: month)
        if let typed = rest.first {
            guard typed.count == 4, let number = Int(typed) else { return nil }
            year = number
            rest.removeFirst()
        }
        guard rest.isEmpty else { return nil }
        guard let day else { return Day.lastOf(month: month, year: year) }
        return Day(year: year, month: month, day: day)
    }

    /// The end of the term `near` falls in; in the summer, the last one.
    private static func termEnd(_ context: DeadlineContext, near: Day) -> Day? {
        let ends = context.termEnds.sorted()
        return ends.first { $0 >= near } ?? ends.last
    }
}
