/// The fixed phrases of deadline cells: the ones that carry no dates of
/// their own and are read by the period they stand in.
enum DeadlinePhrases {
    /// The whole period. «Еженедельно» and «ежедневно» land here too: the
    /// model keeps no weekly occurrences, so they are due all period long.
    static let continuous: [DeadlinePhrasePattern] = [
        // «еженедельно по пятницам»: a day of the week is finer than the
        // model keeps; first, before «еженедельно» alone takes the word.
        "еженедельно? по понедельникам|вторникам|средам|четвергам|пятницам|субботам",
        "еженедельно? каждый понедельник|вторник|четверг",
        "еженедельно? каждую среду|пятницу|субботу",
        "постоянно|ежегодно|еженедельно|ежедневно|систематически|регулярно|круглогодично",
        "в течение|течении всего? учебного|календарного|отчетного? года|периода",
        "на протяжении всего? учебного|календарного|отчетного? года|периода",
        "весь учебный|календарный|отчетный? год|период",
        "1? раз в год",
        "#? раз|раза в неделю",
    ].map(DeadlinePhrasePattern.init)

    /// Repeats inside the period. Monthly limits like «до 15 числа каждого
    /// месяца» are read by the rules, not listed here.
    static let recurring: [(Recurrence, DeadlinePhrasePattern)] = ([
        (.monthly, "ежемесячно|помесячно"),
        (.monthly, "#? раз|раза в месяц"),
        (.monthly, "каждый месяц"),
        (.monthly, "по месяцам"),
        (.monthly, "12 раз в год"),
        (.quarterly, "ежеквартально|поквартально"),
        (.quarterly, "#? раз|раза в квартал"),
        (.quarterly, "каждый квартал"),
        (.quarterly, "по кварталам"),
        (.quarterly, "4 раза в год"),
        (.term, "ежечетвертно"),
        (.term, "по четвертям"),
        (.term, "каждую четверть"),
        (.term, "#? раз|раза в четверть"),
        (.halfYear, "ежеполугодно"),
        (.halfYear, "#? раз|раза в полугодие|полгода"),
        (.halfYear, "по полугодиям"),
        (.halfYear, "каждое полугодие"),
        (.halfYear, "2 раза в год"),
        (.halfYear, "дважды в год"),
        (.halfYear, "два раза в год"),
        (.quarterly, "четыре раза в год"),
    ] as [(Recurrence, String)]).map { ($0.0, DeadlinePhrasePattern($0.1)) }

    /// «по итогам каждой четверти», «по окончании квартала»: not the units
    /// themselves but the close of each, read by the same rule as «по итогам
    /// I четверти» (`DeadlineYears.results(of:)`), so the single and the
    /// recurring wording fall due on the same days.
    static let closing: [(Recurrence, DeadlinePhrasePattern)] = ([
        (.monthly, "по итогам|результатам|окончании каждого? месяца"),
        (.quarterly, "по итогам|результатам|окончании каждого? квартала"),
        (.term, "по итогам|результатам|окончании каждой? четверти"),
        (.halfYear, "по итогам|результатам|окончании каждого? полугодия"),
    ] as [(Recurrence, String)]).map { ($0.0, DeadlinePhrasePattern($0.1)) }

    /// No dates at all: the work follows a plan kept elsewhere, or requests.
    static let unscheduled: [DeadlinePhrasePattern] = [
        "по отдельному|особому|утвержденному? плану|графику|расписанию",
        "согласно отдельному|утвержденному? плану|графику|расписанию",
        "в соответствии с отдельным|утвержденным? планом|графиком|расписанием",
        "по мере необходимости|потребности",
        "по мере поступления запросов|заявок?",
        "по|при необходимости",
        "по запросу|запросам|заявке|заявкам",
        "по согласованию|требованию",
        // A document that prints no deadline: said so, never a date made up.
        "без срока|сроков", "бессрочно", "срок|сроки не указан|указаны|установлен|установлены",
    ].map(DeadlinePhrasePattern.init)

    /// «ежегодно в сентябре»: once a year, at the dates that follow.
    static let yearly: [DeadlinePhrasePattern] = ["ежегодно", "1? раз в год"].map(DeadlinePhrasePattern.init)

    /// «до 5 числа месяца, следующего за отчётным»: the comma before
    /// «следующего» is skipped by the rule.
    static let afterReported = DeadlinePhrasePattern("следующего за отчетным месяцем|кварталом|периодом?")

    /// «в сроки, установленные Рособрнадзором»: who set them follows.
    static let setTerms = DeadlinePhrasePattern("в сроки|срок|даты")
    static let setBy = DeadlinePhrasePattern("установленные|установленный|определенные|определенный|утвержденные|утвержденный")
    /// «в установленные сроки».
    static let inSetTerms = DeadlinePhrasePattern("в установленные|определенные|утвержденные сроки|срок")

    /// «по итогам I четверти», «по итогам ВПР».
    static let results = DeadlinePhrasePattern("по итогам|результатам|окончании проведения?")

    /// Words naming what a plan is of: «по графику проведения ВПР».
    static let planTail: Set<String> = [
        "проведения", "мониторинга", "оценочных", "процедур", "муниципалитета", "управления",
        "образования", "учреждения", "организации", "школы",
    ]

    /// Examinations with dates set outside the roadmap, lower case.
    static let examinations: Set<String> = ["впр", "гиа", "огэ", "егэ", "гвэ", "вср", "рдр", "нико", "мкр"]

    /// «в течение марта», «в течение 2022 года».
    static let during: [DeadlinePhrasePattern] = [
        "в течение|течении", "на протяжении", "в период",
    ].map(DeadlinePhrasePattern.init)

    /// «до 30.10.2020», «не позднее 25.12.2020», «к 1 сентября».
    static let until: [DeadlinePhrasePattern] = [
        "в? срок? до", "в? срок? не позднее|позже", "к|ко",
    ].map(DeadlinePhrasePattern.init)

    /// Every word the phrases use.
    static let words: Set<String> = {
        let patterns = continuous + recurring.map(\.1) + closing.map(\.1) + unscheduled + during + until
            + yearly + [afterReported, setTerms, setBy, inSetTerms, results]
        return patterns.reduce(into: planTail.union(examinations)) { $0.formUnion($1.words) }
    }()
}
