/// Quarters, half-years and school terms named by their number:
/// «I квартал 2021 года», «3-й квартал», «II полугодие», «1 полугодие 2021
/// года», «I-II полугодие», «I и II кварталы», «2 четверть».
extension DeadlineGrammar {
    func ordinalUnits(_ cursor: inout DeadlineCursor) -> [DeadlineItem]? {
        guard let groups = ordinalGroups(&cursor),
              let word = cursor.next?.word, let unit = DeadlineVocabulary.units[word] else { return nil }
        cursor.advance()
        let spec = yearSpec(&cursor)?.0
        var items: [DeadlineItem] = []
        for group in groups {
            guard let item = item(unit, group.first, group.last, spec) else { return nil }
            items.append(item)
        }
        return items
    }

    private func item(_ unit: DeadlineVocabulary.Unit, _ first: Int, _ last: Int, _ spec: YearSpec?) -> DeadlineItem? {
        guard first <= last else { return nil }
        switch unit {
        case .quarter:
            // «I-IV кварталы» with no year: every quarter the period touches,
            // i.e. the period, not a calendar year partly outside it.
            if first == 1, last == 4, spec == nil { return .window(context.period.window) }
            guard let a = Period.quarterMonths(first), let b = Period.quarterMonths(last) else { return nil }
            return span(first: a.first, last: b.last, spec: spec)
        case .halfYear:
            // Halves of a school year in an academic roadmap or after «учебного
            // года»; calendar halves after a plain year or in a calendar roadmap.
            let academic: Bool
            switch spec {
            case .academic?: academic = true
            case .calendar?: academic = false
            case nil: academic = context.period.isAcademic
            }
            guard let a = Period.halfYearMonths(first, academic: academic),
                  let b = Period.halfYearMonths(last, academic: academic) else { return nil }
            return span(first: a.first, last: b.last, spec: spec)
        case .term:
            // Terms come from the roadmap's settings, so they take no year.
            let terms = context.termWindows
            guard spec == nil, first >= 1, last <= terms.count else { return nil }
            return .window(DateWindow(start: terms[first - 1].start, end: terms[last - 1].end))
        }
    }

    /// «I», «I-II», «I и II», «1, 2»: each group is one window.
    private func ordinalGroups(_ cursor: inout DeadlineCursor) -> [(first: Int, last: Int)]? {
        guard let first = ordinalGroup(&cursor) else { return nil }
        var groups = [first]
        while let next = cursor.attempt({ c -> (first: Int, last: Int)? in
            guard c.separator() || c.word("и") else { return nil }
            return ordinalGroup(&c)
        }) {
            groups.append(next)
        }
        return groups
    }

    private func ordinalGroup(_ cursor: inout DeadlineCursor) -> (first: Int, last: Int)? {
        guard let first = ordinal(&cursor) else { return nil }
        let last = cursor.attempt { c in c.dash() ? ordinal(&c) : nil }
        return (first, last ?? first)
    }

    /// «I»…«IV», «1»…«4» (also «3-й»), «первый»…«четвертый».
    private func ordinal(_ cursor: inout DeadlineCursor) -> Int? {
        if let value = cursor.number(in: 1...4, digits: 1...1) { return value }
        guard let word = cursor.next?.word,
              let value = DeadlineVocabulary.roman(word) ?? DeadlineVocabulary.ordinalWords[word] else { return nil }
        cursor.advance()
        return value
    }
}
