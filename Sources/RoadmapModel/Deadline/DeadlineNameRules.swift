/// Windows named by the words beside them: «предварительный отчёт – 10
/// июня 2022 года, итоговый – 30 июня 2022 года», «уточнённые данные до 3
/// июня», «5 октября – День учителя». The words are kept as the window's
/// name; they are read only when none of them is a word of the grammar, so
/// a name never hides a date or a plan the grammar would read otherwise.
extension DeadlineGrammar {
    /// Words that would change the date if they were read as a name:
    /// «после 1 сентября», «за неделю до …», «не ранее …».
    static let nameStopWords: Set<String> = [
        "за", "через", "после", "ранее", "раньше", "кроме", "спустя", "начиная", "около", "исключая",
        "неделю", "недели", "недель", "дней", "дня", "месяцев", "лет", "или", "либо", "от", "между",
        "перед", "накануне", "позднее", "вплоть", "вместо", "но", "а", "затем", "далее", "примерно",
    ]

    /// «итоговый – 30 июня», «уточнённые данные до 3 июня»: a name, then a
    /// dash or a «до / не позднее / к» phrase, then one window.
    func namedBefore(_ cursor: inout DeadlineCursor) -> [DeadlineItem]? {
        guard let name = nameWords(&cursor) else { return nil }
        if !cursor.dash() {
            var probe = cursor
            guard DeadlinePhrases.until.contains(where: { $0.match(&probe) }) else { return nil }
        }
        guard let found = cursor.attempt(windows), found.count == 1 else { return nil }
        return [.named(name, found[0])]
    }

    /// «5 октября – День учителя», «25 мая — последний звонок»: what
    /// happens on the day, after a dash, up to the next item.
    func nameAfter(_ cursor: inout DeadlineCursor) -> String? {
        guard cursor.dash(), let name = nameWords(&cursor) else { return nil }
        guard cursor.isAtEnd || cursor.next?.kind == .separator else { return nil }
        return name
    }

    /// One or more words the grammar has no meaning for, as written;
    /// quotes may stand among them («праздник «Последний звонок»»).
    private func nameWords(_ cursor: inout DeadlineCursor) -> String? {
        let start = cursor.index
        var words = 0
        while let token = cursor.next, isNameWord(token) || isQuote(token) {
            if token.word != nil { words += 1 }
            cursor.advance()
        }
        guard words > 0 else { return nil }
        return cursor.tokens[start..<cursor.index].reduce(into: "") { name, token in
            let glued = name.isEmpty || name.last.map(DeadlineGrammar.openingQuotes.contains) == true
                || DeadlineGrammar.closingQuotes.contains(token.original.first ?? " ")
            name += (glued ? "" : " ") + token.original
        }
    }

    static let openingQuotes: Set<Character> = ["«", "„", "“"]
    static let closingQuotes: Set<Character> = ["»", "”"]

    private func isQuote(_ token: DeadlineToken) -> Bool {
        guard case .other(let c) = token.kind else { return false }
        return DeadlineGrammar.openingQuotes.contains(c) || DeadlineGrammar.closingQuotes.contains(c)
    }

    private func isNameWord(_ token: DeadlineToken) -> Bool {
        guard let word = token.word else { return false }
        return !DeadlineVocabulary.known.contains(word) && DeadlineVocabulary.roman(word) == nil
            && !DeadlineGrammar.nameStopWords.contains(word) && !DeadlinePhrases.examinations.contains(word)
    }
}
