/// «2 раза в год (май, декабрь)», «ежеквартально (март, июнь, сентябрь,
/// декабрь)»: a recurrence whose bracket names exactly one window for each
/// of its occurrences in a year falls due in those windows. A bracket with
/// more or fewer dates than occurrences says something else and is only a
/// remark.
extension DeadlineAssembly {
    /// Occurrences of each recurrence in a year.
    static let occurrencesPerYear: [Recurrence: Int] = [.halfYear: 2, .quarterly: 4, .term: 4, .monthly: 12]

    func recurrence(_ phrase: String, _ recurrence: Recurrence, namedBy remark: String,
                    grammar: DeadlineGrammar) -> Deadline? {
        guard let items = grammar.items(of: DeadlineSpelling.repaired(DeadlineTokenizer.tokens(remark))) else {
            return nil
        }
        let dated = deadline(remark, items: items, remarks: [])
        guard dated.kind == .windows, dated.qualifier == nil, dated.names.isEmpty,
              dated.windows.count == DeadlineAssembly.occurrencesPerYear[recurrence] else { return nil }
        return Deadline(phrase: phrase, kind: .recurring, recurrence: recurrence,
                        windows: dated.windows.sorted { $0.start < $1.start }, qualifier: remark)
    }
}
