/// Parts of a month: «начало сентября», «в середине октября», «конец мая»,
/// «2 неделя ноября», «1-я декада октября».
extension DeadlineGrammar {
    /// Thirds of a month are 1–10, 11–20 and 21 to the end, like decades;
    /// week N is days 7N−6 to 7N, the fifth week 29 to the end. Two parts
    /// joined by a dash are one window: «конец ноября – начало декабря».
    func partOfMonth(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        guard let (from, to) = onePart(&cursor) else { return nil }
        let end = cursor.attempt { c in c.dash() ? onePart(&c) : nil }
        guard !runsBackward(from: from, to: end?.to ?? to) else { return nil }
        return .span(from: from, to: end?.to ?? to)
    }

    private func onePart(_ cursor: inout DeadlineCursor) -> (from: PartialDay, to: PartialDay)? {
        guard let days = monthPart(&cursor), let month = cursor.attempt(monthReference) else { return nil }
        return (PartialDay(day: days.first, month: month.month, year: month.year),
                PartialDay(day: days.last, month: month.month, year: month.year))
    }

    /// First and last day of the part; a nil last day is the month's end.
    private func monthPart(_ cursor: inout DeadlineCursor) -> (first: Int, last: Int?)? {
        if let word = cursor.next?.word, let third = DeadlineVocabulary.monthThirds[word] {
            cursor.advance()
            return DeadlineGrammar.third(third)
        }
        guard let number = partOrdinal(&cursor), let word = cursor.next?.word,
              let part = DeadlineVocabulary.monthParts[word] else { return nil }
        cursor.advance()
        switch part {
        case .week:
            guard (1...5).contains(number) else { return nil }
            return number == 5 ? (29, nil) : (7 * number - 6, 7 * number)
        case .decade:
            guard (1...3).contains(number) else { return nil }
            return DeadlineGrammar.third(number)
        }
    }

    private static func third(_ number: Int) -> (first: Int, last: Int?) {
        number == 3 ? (21, nil) : (10 * number - 9, 10 * number)
    }

    /// «2», «2-я», «II», «вторая».
    private func partOrdinal(_ cursor: inout DeadlineCursor) -> Int? {
        if let value = cursor.number(in: 1...5, digits: 1...1) { return value }
        guard let word = cursor.next?.word,
              let value = DeadlineVocabulary.roman(word) ?? DeadlineVocabulary.ordinalWords[word] else { return nil }
        cursor.advance()
        return value
    }
}
