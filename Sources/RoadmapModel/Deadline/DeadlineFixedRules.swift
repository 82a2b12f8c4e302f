/// Rules for the phrases that carry no dates of their own.
extension DeadlineGrammar {
    /// «По отдельному плану», optionally with whose plan in capitals («ОО»).
    func unscheduled(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        let start = cursor.index
        guard DeadlinePhrases.unscheduled.contains(where: { $0.match(&cursor) }) else { return nil }
        // Whose plan or of what: «по графику МКУ», «графиком проведения ВПР».
        while let next = cursor.next, let word = next.word,
              DeadlinePhrases.planTail.contains(word) || isOwner(next) {
            cursor.advance()
        }
        return .unscheduled(cursor.original(from: start))
    }

    /// «ОО», «МКУ», «ВПР»: capitals the grammar has no meaning for.
    private func isOwner(_ token: DeadlineToken) -> Bool {
        guard let word = token.word else { return false }
        return DeadlinePhrases.examinations.contains(word)
            || (token.isAbbreviation && !DeadlineVocabulary.known.contains(word) && DeadlineVocabulary.roman(word) == nil)
    }

    /// Dates set by someone else: «в сроки, установленные Рособрнадзором»
    /// (whoever is named after it), «в установленные сроки», «по итогам
    /// ВПР/ГИА». They carry no dates, like «по отдельному графику».
    func externalSchedule(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        let start = cursor.index
        if DeadlinePhrases.inSetTerms.match(&cursor) { return .unscheduled(cursor.original(from: start)) }
        if DeadlinePhrases.setTerms.match(&cursor) {
            _ = cursor.separator()
            guard DeadlinePhrases.setBy.match(&cursor) else { return nil }
            while cursor.next?.word != nil { cursor.advance() }
            return .unscheduled(cursor.original(from: start))
        }
        guard DeadlinePhrases.results.match(&cursor), let first = cursor.next, isOwner(first) else { return nil }
        cursor.advance()
        while cursor.attempt({ c -> Bool? in
            guard c.separator() || c.slash() || c.word("и"), let next = c.next, isOwner(next) else { return nil }
            c.advance()
            return true
        }) != nil {}
        return .unscheduled(cursor.original(from: start))
    }

    /// «Ежемесячно», «ежемесячно до 25 числа», «до 15 числа каждого месяца»,
    /// «1 раз в квартал», «по итогам каждой четверти», «по полугодиям»,
    /// «ежеквартально, до 5 числа», «ежемесячно в течение учебного года».
    func recurring(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        if let limit = cursor.attempt(dayLimit) {
            return .recurring(.monthly, dayLimit: limit, within: cursor.attempt(recurrenceScope))
        }
        if let closing = cursor.attempt({ closing(&$0, only: nil) }) { return closing }
        for (recurrence, pattern) in DeadlinePhrases.recurring where pattern.match(&cursor) {
            // «ежеквартально по итогам квартала»: the same recurrence said
            // twice is its closing, not two readings that disagree.
            if let closing = cursor.attempt({ c -> DeadlineItem? in
                _ = c.separator()
                return closing(&c, only: recurrence)
            }) { return closing }
            var limit: Int?
            if recurrence == .monthly || recurrence == .quarterly {
                limit = cursor.attempt { c -> Int? in
                    _ = c.separator()
                    return dayLimit(&c)
                }
            }
            return .recurring(recurrence, dayLimit: limit, within: cursor.attempt(recurrenceScope))
        }
        return nil
    }

    /// «по итогам каждой четверти», «по окончании каждого полугодия»: the
    /// close of each unit, see `DeadlineItem.results`. `only` keeps it to one
    /// recurrence.
    private func closing(_ cursor: inout DeadlineCursor, only: Recurrence?) -> DeadlineItem? {
        for (recurrence, pattern) in DeadlinePhrases.closing where only == nil || only == recurrence {
            guard pattern.match(&cursor) else { continue }
            return .results(.recurring(recurrence, dayLimit: nil, within: cursor.attempt(recurrenceScope)))
        }
        return nil
    }

    /// Where a recurrence runs: «в течение учебного года», «в течение 2023
    /// года», «с сентября по май», «с октября». A bare month after it
    /// («ежемесячно, ноябрь») is not a span and stays unread.
    private func recurrenceScope(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        _ = cursor.separator()
        if let found = cursor.attempt(continuous) {
            if case .continuous = found { return found }
            return nil
        }
        guard cursor.next?.word == "с" || cursor.next?.word == "со" else { return nil }
        return cursor.attempt(range)
    }

    private static let eachMonth = DeadlinePhrasePattern("каждого|ежемесячно? месяца?")

    /// «до 25 числа», «до 15-го числа каждого месяца», «до 10 числа месяца,
    /// следующего за отчётным». Any day number is read here, «до 99 числа»
    /// too, so that the assembly refuses it rather than the limit being
    /// dropped with the rest of the phrase read without it.
    private func dayLimit(_ cursor: inout DeadlineCursor) -> Int? {
        guard DeadlinePhrases.until.contains(where: { $0.match(&cursor) }),
              let day = cursor.number(in: 0...99), cursor.word(["числа", "число"]) != nil else { return nil }
        _ = DeadlineGrammar.eachMonth.match(&cursor)
        _ = cursor.attempt { c -> Bool? in
            _ = c.separator()
            return DeadlinePhrases.afterReported.match(&c) ? true : nil
        }
        return day
    }

    /// «ежегодно в сентябре», «1 раз в год, в мае»: a period holds one
    /// year, so once a year is the dates named.
    func yearlyWindows(_ cursor: inout DeadlineCursor) -> [DeadlineItem]? {
        guard DeadlinePhrases.yearly.contains(where: { $0.match(&cursor) }) else { return nil }
        _ = cursor.separator()
        return windows(&cursor)
    }

    /// «Постоянно», «В течение учебного года», «в течение 2022 года»,
    /// «В течение 2020-2021 учебного года», «2021 год».
    func continuous(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        if DeadlinePhrases.continuous.contains(where: { $0.match(&cursor) }) {
            return .continuous(context.period.window)
        }
        let during = DeadlinePhrases.during.contains(where: { $0.match(&cursor) })
        // «в следующем году», «в 2023 году»: a year marked as one.
        if during { _ = cursor.word("всего") } else { _ = cursor.word(["в", "во"]) }
        guard let (spec, marked) = yearSpec(&cursor), during || marked else { return nil }
        return .continuous(spec.period.window)
    }
}
