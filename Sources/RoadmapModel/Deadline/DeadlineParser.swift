/// Reads a printed deadline cell («срок исполнения») into a `Deadline`.
///
/// The grammar, in plain words:
/// - **Normalising.** Case, «ё», every dash (- – — ‒ −) and the spaces
///   around it, «г.», «гг.», «год», «года», line breaks, repeated and
///   non-breaking spaces and stray dots do not matter. Latin look-alike
///   letters inside Cyrillic words are read as Cyrillic. An unknown word of
///   five or more letters within one edit (two from seven letters) of exactly
///   one known word is read as that word, and two unknown neighbours are
///   tried as one word split by a stray space («В те тепие года» → «В течение
///   года»).
/// - **Remarks.** Text in brackets is the qualifier: «Декабрь 2020 года – май
///   2021 года (по отдельному графику)». A cell that is only a bracketed plan
///   phrase is unscheduled with that qualifier.
/// - **Windows.** A month («Февраль», «ноябрь 2020 года»: the 1st to the last
///   day); a range of months («Март-май 2021 года», «Декабрь 2020 года – май
///   2021 года», «с ноября по декабрь»); a day («15.01.2021», «20 декабря
///   2020 г.»; also `D.M.YYYY`, `DD.MM.YY`, `DD.MM`); a range of days
///   («02.11.2020-03.11.2020», «с 01.09.2020 по 30.09.2020», «1-15 ноября»);
///   «до / не позднее / не позже / к / в срок до» a day, or «до конца» a
///   month (from the period start, or from the day itself if it is earlier);
///   a quarter («I квартал 2021 года», «3-й квартал», «I-II квартал», «I и II
///   кварталы»); a half-year («II полугодие», «1 полугодие 2021 года», «I
///   полугодие 2020-2021 учебного года»); a school term («2 четверть», from
///   the roadmap's term ends); a season («весна» March–May, «лето»
///   June–August, «осень» September–November, «зима» December–February).
///   «в», «во», «в течение» before any of them change nothing («в течение
///   марта»).
/// - **Years.** A year after a range's end belongs to the end; the start
///   takes the latest year not after it. A year written once at the end of a
///   list serves every item before it («Ноябрь, декабрь 2020 года»). With no
///   year the period decides: in an academic roadmap September–December fall
///   in the first year, January–August in the second. Half-years without a
///   year are halves of the school year (September–December, January–May) in
///   an academic roadmap and of the calendar year in a calendar one.
/// - **Lists.** Items separated by «,», «;», «и» or nothing («Март-май 2021
///   года Август 2021 года») give one window each.
/// - **Continuous** (the whole period): «Постоянно», «В течение года», «В
///   течение учебного года», «в течение периода», «весь период»,
///   «ежегодно», «1 раз в год», «еженедельно», «1 раз в неделю»,
///   «ежедневно» (the model has no weekly occurrences); «в течение 2022
///   года», «В течение 2020-2021 учебного года», «в течение учебного
///   2020–2021 года», «2021 год» take the span named.
/// - **Recurring** (one window per occurrence in the period): monthly
///   («Ежемесячно», «1 раз в месяц», «ежемесячно до 25 числа», «до 15 числа
///   каждого месяца» — the 1st to the 15th); quarterly («Ежеквартально», «1
///   раз в квартал», «по итогам квартала», «4 раза в год» — calendar
///   quarters clipped to the period); term («по итогам каждой четверти»,
///   «по четвертям», «ежечетвертно» — from the roadmap's term ends);
///   half-year («раз в полугодие», «по полугодиям», «по итогам полугодия»,
///   «2 раза в год» — the same halves as above).
/// - **Unscheduled** (no dates): «по отдельному плану / графику»
///   (optionally whose: «ОО»), «по мере необходимости», «по запросу», «по
///   согласованию», «по требованию». Next to dates such a phrase becomes the
///   qualifier.
/// - **Unrecognized**, never guessed: any word left unread, a day that does
///   not exist (31.02.2021), a range ending before it starts, a year more
///   than 50 years from the period, dates mixed with «ежемесячно», cells over
///   1000 characters. The phrase is always kept as written.
public enum DeadlineParser {
    /// Longer cells are not deadlines but text pasted into the wrong column.
    static let maximumLength = 1000

    public static func parse(_ phrase: String, in context: DeadlineContext) -> Deadline {
        let unrecognized = Deadline(phrase: phrase, kind: .unrecognized)
        guard phrase.unicodeScalars.count <= maximumLength,
              let remarks = DeadlineRemarks(phrase) else { return unrecognized }
        let grammar = DeadlineGrammar(context: context)
        let assembly = DeadlineAssembly(context: context)
        let tokens = DeadlineSpelling.repaired(DeadlineTokenizer.tokens(remarks.body))
        if !tokens.isEmpty {
            guard let items = grammar.items(of: tokens) else { return unrecognized }
            return assembly.deadline(phrase, items: grammar.applyingRemarkLimits(remarks.remarks, to: items),
                                     remarks: remarks.remarks)
        }
        // Only brackets: «(по отдельному графику)» is a plan with that remark.
        guard remarks.remarks.count == 1, let inner = remarks.remarks.first,
              let items = grammar.items(of: DeadlineSpelling.repaired(DeadlineTokenizer.tokens(inner))) else {
            return unrecognized
        }
        let deadline = assembly.deadline(phrase, items: items, remarks: [])
        guard deadline.kind == .unscheduled else { return deadline }
        return Deadline(phrase: phrase, kind: .unscheduled, qualifier: inner)
    }
}
