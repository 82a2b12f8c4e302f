/// Reads a printed deadline cell («срок исполнения») into a `Deadline`.
///
/// The grammar, in plain words:
/// - **Normalising.** Case, «ё», every dash (- – — ‒ −) and the spaces
///   around it, «г.», «гг.», «год», «года», line breaks, repeated and
///   non-breaking spaces and stray dots do not matter. Latin look-alike
///   letters inside Cyrillic words are read as Cyrillic; a Roman numeral
///   glued to its unit is two words («Iквартал»). An unknown word of
///   five or more letters within one edit (two from seven letters) of exactly
///   one known word is read as that word, and two unknown neighbours are
///   tried as one word split by a stray space («В те тепие года» → «В течение
///   года»).
/// - **Remarks.** Text in brackets is the qualifier: «Декабрь 2020 года – май
///   2021 года (по отдельному графику)». A cell that is only a bracketed plan
///   phrase is unscheduled with that qualifier. A bracketed day limit after a
///   monthly or quarterly recurrence is also applied: «ежемесячно (до 25
///   числа)» ends each month on the 25th; a day no month has («до 99 числа»,
///   «до 0 числа») makes the whole cell unread, never a limit left out.
/// - **Windows.** A month («Февраль», «ноябрь 2020 года», «октябрь, 2022»: the
///   1st to the last day); a range of months («Март-май 2021 года», «Декабрь
///   2020 года – май 2021 года», «с ноября по декабрь»); a day («15.01.2021»,
///   «20 декабря 2020 г.»; also `D.M.YYYY`, `DD.MM.YY`, `DD.MM`); a range of
///   days («02.11.2020-03.11.2020», «с 01.09.2020 по 30.09.2020», «1-15
///   ноября»); «с» a day or month alone («с 1 сентября», «с сентября 2022 г.»:
///   to the period end); «до / не позднее / не позже / к / в срок до / срок
///   до» a day, «до конца / к концу» a month or a year, «к началу» a year
///   (from the period start, or from the day itself if it is earlier); a part
///   of a month: «начало / середина / конец» (days 1–10, 11–20, 21 to the
///   end), «1-я … 3-я декада» (the same), «1 … 5 неделя» (days 1–7, 8–14, 15–21,
///   22–28, 29 to the end), two parts joined by a dash («конец ноября – начало
///   декабря»); a quarter («I квартал 2021 года», «3-й квартал», «I-II
///   квартал», «I и II кварталы»); a half-year («II полугодие», «1 полугодие
///   2021 года», «I полугодие 2020-2021 учебного года»); a school term («2
///   четверть», from the roadmap's term ends); a season («весна», «летний
///   период», «в летнее время»: spring March–May, summer June–August, autumn
///   September–November, winter December–February); school holidays
///   («осенние каникулы» 25 October – 10 November, «зимние» 25 December – 10
///   January, «весенние» 20 March – 5 April, «летние» the summer: wide enough
///   for the dates regions choose). «в», «во», «на», «в течение» before any of
///   them change nothing («в течение марта»). Items joined by «/» are a list
///   («сентябрь/октябрь»).
/// - **Years named by a word.** «учебный год» runs from 1 September to the
///   end of its last term (31 May unless `roadmap.json` gives `terms`): the
///   lessons stop there, so «до конца учебного года» is 31 May, «конец учебного
///   года» is 21–31 May and «начало / на начало учебного года» is 1–10
///   September; «к началу учебного года» is up to 1 September. «год» without a
///   number is the school year in an academic roadmap and the calendar year in
///   a calendar one; in a calendar roadmap the school year's start is the
///   September inside it and its end the May inside it.
/// - **Results.** «по итогам / по результатам / по окончании» a term, half-year,
///   quarter or year («по итогам I четверти», «по итогам I полугодия», «по
///   итогам I квартала», «по итогам года», «по итогам учебного года») is one
///   window: the last week of it and ten days after its end, when results are
///   summed up and reported (term I with default terms: 25.10–10.11). The
///   window may end after the period («по итогам года» in a calendar roadmap
///   ends on 10 January). The recurring wording follows the same rule for each
///   unit: «по итогам / по окончании каждой четверти», «по итогам квартала»,
///   «по итогам каждого полугодия», «по итогам каждого месяца», «ежеквартально
///   по итогам квартала» give one such window per term (quarter, half-year,
///   month) ending inside the period, so «по итогам каждой четверти» falls due
///   with «по итогам I четверти» (25.10–10.11), not on 31 October.
/// - **Years.** A year after a range's end belongs to the end; the start
///   takes the latest year not after it. A year written once at the end of a
///   list serves every item before it («Ноябрь, декабрь 2020 года»). With no
///   year the period decides: in an academic roadmap September–December fall
///   in the first year, January–August in the second. A range with no year
///   runs in the order of the period's months: «сентябрь – май», «с ноября по
///   февраль», «25.12–10.01» are one window across the new year of a school
///   year, while in a calendar-year roadmap they, like «май – март» in either
///   kind of roadmap or «май – сентябрь» in a school year, run backward and
///   could only be placed across the period's edge — they are «срок не
///   распознан» (write the years: «декабрь 2022 – февраль 2023 года»).
///   Seasons and holidays keep their months («зима», «зимние каникулы»). Half-years without a
///   year are halves of the school year (September–December, January–May) in
///   an academic roadmap and of the calendar year in a calendar one.
/// - **Lists.** Items separated by «,», «;», «/», «и» or nothing («Март-май
///   2021 года Август 2021 года») give one window each.
/// - **Continuous** (the whole period): «Постоянно», «В течение года», «В
///   течение учебного года», «в течение периода», «весь период»,
///   «ежегодно», «1 раз в год», «еженедельно», «1 раз в неделю»,
///   «ежедневно» (the model has no weekly occurrences); «в течение 2022
///   года», «В течение 2020-2021 учебного года», «в течение учебного
///   2020–2021 года», «2021 год» take the span named. «ежегодно» or «1 раз в
///   год» before dates is those dates («ежегодно в сентябре»): a period holds
///   one year.
/// - **Recurring** (one window per occurrence in the period): monthly
///   («Ежемесячно», «1 раз в месяц», «ежемесячно до 25 числа», «до 15 числа
///   каждого месяца» — the 1st to the 15th; «до 10 числа месяца, следующего за
///   отчётным» — the 1st to the 10th of every month of the period, the report
///   on the month before); quarterly («Ежеквартально», «1 раз в квартал», «4
///   раза в год» — calendar quarters clipped to the
///   period; with a day, «ежеквартально, до 5 числа» or «… месяца, следующего
///   за отчётным», the 1st to the 5th of the month after each quarter, i.e.
///   of January, April, July and October inside the period); term («по
///   четвертям», «ежечетвертно» — from the roadmap's term ends); half-year
///   («раз в полугодие», «по полугодиям», «2 раза в год», «дважды в год» — the
///   same halves as above). «по итогам …» of each of them is read as under
///   **Results**.
///   A span after the recurrence keeps the occurrences inside it: «ежемесячно
///   в течение учебного года», «ежемесячно в течение 2023 года» (January–August
///   in 2022-2023), «ежемесячно с сентября по май», «ежемесячно, с октября».
/// - **Unscheduled** (no dates): «по отдельному плану / графику»
///   (optionally whose or of what: «ОО», «МКУ», «проведения ВПР»), «согласно
///   графику», «по мере необходимости», «по запросу», «по согласованию», «по
///   требованию»; dates set outside the roadmap: «в сроки, установленные
///   Рособрнадзором» (whoever is named after «установленные»), «в
///   установленные сроки», «по итогам ВПР/ГИА», «по результатам ОГЭ и ЕГЭ».
///   Next to dates such a phrase becomes the qualifier.
/// - **Unrecognized**, never guessed: any word left unread, a day that does
///   not exist (31.02.2021, «31 апреля», «до 99 числа»), a range ending before
///   it starts (with no year: in the period's order of months), a year more
///   than 50 years from the period, dates mixed with «ежемесячно»
///   («ежемесячно, ноябрь 2022 года»), cells over 1000 characters. «в период
///   каникул» stays unread: it does not say which holidays, and a guess would
///   make a measure overdue or hide it; write «осенние каникулы». The phrase is
///   always kept as written.
///
/// - **Beside a day, named windows, relative years** (README has the
///   examples): a time of day and a footnote mark leave the day as it is;
///   words the grammar has no meaning for name the window beside them
///   (`DeadlineNameRules`); «текущего / следующего года» are read from the
///   period where that is unambiguous (`DeadlineYearSpec`); a bracket with
///   one month per occurrence places a recurrence (`DeadlineRemarkDates`).
///
/// The choices where documents are ambiguous are in README.md.
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
            if items.count == 1, case .recurring(let recurrence, nil, nil) = items[0], remarks.remarks.count == 1,
               let named = assembly.recurrence(phrase, recurrence, namedBy: remarks.remarks[0], grammar: grammar) {
                return named
            }
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
