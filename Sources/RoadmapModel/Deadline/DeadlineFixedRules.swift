/// Rules for the phrases that carry no dates of their own.
extension DeadlineGrammar {
    /// «По отдельному плану», optionally with whose plan in capitals («ОО»).
    func unscheduled(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        let start = cursor.index
        guard DeadlinePhrases.unscheduled.contains(where: { $0.match(&cursor) }) else { return nil }
        while let next = cursor.next, next.isAbbreviation, let word = next.word,
              !DeadlineVocabulary.known.contains(word) {
            cursor.advance()
        }
        return .unscheduled(cursor.original(from: start))
    }

    /// «Ежемесячно», «ежемесячно до 25 числа», «до 15 числа каждого месяца»,
    /// «1 раз в квартал», «по итогам каждой четверти», «по полугодиям».
    func recurring(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        if let limit = cursor.attempt(dayLimit) {
            return .recurring(.monthly, dayLimit: limit)
        }
        for (recurrence, pattern) in DeadlinePhrases.recurring where pattern.match(&cursor) {
            if recurrence == .monthly, let limit = cursor.attempt({ c -> Int? in
                _ = c.separator()
                return dayLimit(&c)
            }) {
                return .recurring(.monthly, dayLimit: limit)
            }
            return .recurring(recurrence, dayLimit: nil)
        }
        return nil
    }

    private static let eachMonth = DeadlinePhrasePattern("каждого|ежемесячно? месяца?")

    /// «до 25 числа», «до 15-го числа каждого месяца».
    private func dayLimit(_ cursor: inout DeadlineCursor) -> Int? {
        guard DeadlinePhrases.until.contains(where: { $0.match(&cursor) }),
              let day = cursor.number(in: 1...31), cursor.word(["числа", "число"]) != nil else { return nil }
        _ = DeadlineGrammar.eachMonth.match(&cursor)
        return day
    }

    /// «Постоянно», «В течение учебного года», «в течение 2022 года»,
    /// «В течение 2020-2021 учебного года», «2021 год».
    func continuous(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        if DeadlinePhrases.continuous.contains(where: { $0.match(&cursor) }) {
            return .continuous(context.period.window)
        }
        let during = DeadlinePhrases.during.contains(where: { $0.match(&cursor) })
        if during { _ = cursor.word("всего") }
        guard let (spec, marked) = yearSpec(&cursor), during || marked else { return nil }
        return .continuous(spec.period.window)
    }
}
