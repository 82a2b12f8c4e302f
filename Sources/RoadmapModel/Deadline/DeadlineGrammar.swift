/// The phrase rules: a phrase is a list of items, each a fixed phrase
/// (no dates, recurring, continuous) or a window, separated by «,», «;»,
/// «и» or nothing at all («Март-май 2021 года Август 2021 года»).
struct DeadlineGrammar {
    let context: DeadlineContext

    /// All items of the phrase, nil when any token is left unread.
    func items(of tokens: [DeadlineToken]) -> [DeadlineItem]? {
        var cursor = DeadlineCursor(tokens)
        var result: [DeadlineItem] = []
        while !cursor.isAtEnd {
            guard let next = item(&cursor) else { return nil }
            result += next
            if cursor.word("и"), cursor.isAtEnd { return nil }
            // «сентябрь/октябрь»: a slash between items lists them too.
            _ = cursor.separator() || cursor.slash()
        }
        return result.isEmpty ? nil : result
    }

    /// Fixed phrases first: «1 раз в квартал» must not be read as the first quarter.
    private func item(_ cursor: inout DeadlineCursor) -> [DeadlineItem]? {
        if let found = cursor.attempt(unscheduled) { return [found] }
        if let found = cursor.attempt(externalSchedule) { return [found] }
        if let found = cursor.attempt(recurring) { return [found] }
        // «ежегодно в сентябре» before «ежегодно» alone, which is continuous.
        if let found = cursor.attempt(yearlyWindows) { return found }
        if let found = cursor.attempt(continuous) { return [found] }
        if let found = cursor.attempt(windows) {
            // «5 октября – День учителя»: the words after the dash name it.
            if found.count == 1, let name = cursor.attempt(nameAfter) { return [.named(name, found[0])] }
            return found
        }
        return cursor.attempt(namedBefore)
    }
}
