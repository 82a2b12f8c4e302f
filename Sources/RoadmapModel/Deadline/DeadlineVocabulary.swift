/// The words the deadline grammar knows, in every form the documents use.
enum DeadlineVocabulary {
    /// Month by any case form or short form («ноябрь», «ноября», «ноябре», «нояб»).
    static let months: [String: Int] = {
        let forms: [[String]] = [
            ["январь", "января", "январе", "январю", "янв"],
            ["февраль", "февраля", "феврале", "февралю", "фев", "февр"],
            ["март", "марта", "марте", "марту", "мар"],
            ["апрель", "апреля", "апреле", "апрелю", "апр"],
            ["май", "мая", "мае", "маю"],
            ["июнь", "июня", "июне", "июню", "июн"],
            ["июль", "июля", "июле", "июлю", "июл"],
            ["август", "августа", "августе", "августу", "авг"],
            ["сентябрь", "сентября", "сентябре", "сентябрю", "сен", "сент"],
            ["октябрь", "октября", "октябре", "октябрю", "окт"],
            ["ноябрь", "ноября", "ноябре", "ноябрю", "ноя", "нояб"],
            ["декабрь", "декабря", "декабре", "декабрю", "дек"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in forms.enumerated() {
            for form in group { table[form] = index + 1 }
        }
        return table
    }()

    enum Season: Sendable {
        case spring, summer, autumn, winter

        /// Winter is December to February and so crosses the new year.
        /// The usual school holidays of the season, wide enough for the
        /// dates regions choose: autumn 25 October – 10 November, winter
        /// 25 December – 10 January, spring 20 March – 5 April, summer the
        /// whole summer.
        var holidays: (first: (month: Int, day: Int), last: (month: Int, day: Int)) {
            switch self {
            case .autumn: return ((10, 25), (11, 10))
            case .winter: return ((12, 25), (1, 10))
            case .spring: return ((3, 20), (4, 5))
            case .summer: return ((6, 1), (8, 31))
            }
        }

        var months: (first: Int, last: Int) {
            switch self {
            case .spring: return (3, 5)
            case .summer: return (6, 8)
            case .autumn: return (9, 11)
            case .winter: return (12, 2)
            }
        }
    }

    static let seasons: [String: Season] = {
        let forms: [(Season, [String])] = [
            (.spring, ["весна", "весной", "весну", "весны", "весне"] + adjective("весенн")),
            (.summer, ["лето", "летом", "лета", "лету", "лете"] + adjective("летн")),
            (.autumn, ["осень", "осенью", "осени"] + adjective("осенн")),
            (.winter, ["зима", "зимой", "зиму", "зимы", "зиме"] + adjective("зимн")),
        ]
        var table: [String: Season] = [:]
        for (season, group) in forms {
            for form in group { table[form] = season }
        }
        return table
    }()

    /// «летний», «в летнем», «летние каникулы».
    private static func adjective(_ stem: String) -> [String] {
        ["ий", "его", "ем", "ие", "их", "ее", "им", "ими"].map { stem + $0 }
    }

    /// «летний период», «в летнее время».
    static let periodWords: Set<String> = ["период", "периода", "периоде", "время"]

    static let holidayWords: Set<String> = ["каникулы", "каникул", "каникулах", "каникулам"]

    /// «начало», «середина», «конец» of a month or year: its first,
    /// second or last third.
    static let monthThirds: [String: Int] = {
        let forms: [[String]] = [
            ["начало", "начала", "начале", "началу"],
            ["середина", "середины", "середине", "середину"],
            ["конец", "конца", "конце", "концу"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in forms.enumerated() {
            for form in group { table[form] = index + 1 }
        }
        return table
    }()

    enum MonthPart: Sendable {
        case week, decade
    }

    static let monthParts: [String: MonthPart] = {
        var table: [String: MonthPart] = [:]
        for form in ["неделя", "недели", "неделе", "неделю"] { table[form] = .week }
        for form in ["декада", "декады", "декаде", "декаду"] { table[form] = .decade }
        return table
    }()

    /// The named parts of a year a deadline may take as its window.
    enum Unit: Sendable {
        case quarter, halfYear, term
    }

    static let units: [String: Unit] = {
        var table: [String: Unit] = [:]
        for form in ["квартал", "квартала", "квартале", "кварталы", "кварталов", "кварталах", "кв"] {
            table[form] = .quarter
        }
        for form in ["полугодие", "полугодия", "полугодии", "полугодье", "полугодья"] {
            table[form] = .halfYear
        }
        for form in ["четверть", "четверти"] { table[form] = .term }
        return table
    }()

    /// Words spelling out the first four ordinals, in every gender and case
    /// the documents use.
    static let ordinalWords: [String: Int] = {
        let forms: [[String]] = [
            ["первый", "первое", "первая", "первого", "первой", "первом", "первую"],
            ["второй", "второе", "вторая", "второго", "втором", "вторую"],
            ["третий", "третье", "третья", "третьего", "третьей", "третьем", "третью"],
            ["четвертый", "четвертое", "четвертая", "четвертого", "четвертой", "четвертом", "четвертую"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in forms.enumerated() {
            for form in group { table[form] = index + 1 }
        }
        return table
    }()

    /// Roman numerals as OCR gives them: Cyrillic «І» and Latin «l» stand for «I».
    static func roman(_ word: String) -> Int? {
        let latin = String(word.map { $0 == "і" || $0 == "l" ? "i" : $0 })
        return ["i": 1, "ii": 2, "iii": 3, "iv": 4][latin]
    }

    /// «2020 года», «2022 г.», «2020-2021 гг.».
    static let yearWords: Set<String> = ["г", "гг", "год", "года", "году", "годы", "годов", "годах"]

    /// «учебного года», «учебный год».
    static let academicWords: Set<String> = ["учебного", "учебный", "учебном", "уч"]

    /// Function words the rules use directly.
    static let grammarWords: Set<String> = [
        "в", "во", "на", "с", "со", "по", "до", "к", "ко", "не", "позднее", "позже", "срок", "конца",
        "течение", "течении", "протяжении", "числа", "число", "каждого", "месяца", "ежемесячно", "и",
        "всего", "весь", "ч", "час", "часа", "часов", "мин", "минут",
    ]

    /// «текущего года», «этого учебного года»: the year the roadmap is for.
    /// «т.г.», «с.г.» are the abbreviations of «текущего / сего года».
    static let currentWords: Set<String> = ["текущего", "текущем", "текущий", "этого", "этом", "сего", "нынешнего", "т", "с"]

    /// «текущего календарного года».
    static let calendarWords: Set<String> = ["календарного", "календарном", "календарный"]

    /// «следующего года», «в следующем учебном году»: the one after it.
    static let nextWords: Set<String> = ["следующего", "следующем", "следующий", "будущего", "будущем"]

    /// Every word the grammar can use: unknown words are repaired towards these.
    static let known: Set<String> = {
        var words = grammarWords.union(yearWords).union(academicWords).union(currentWords).union(nextWords).union(calendarWords)
        words.formUnion(months.keys)
        words.formUnion(seasons.keys)
        words.formUnion(units.keys)
        words.formUnion(ordinalWords.keys)
        words.formUnion(DeadlinePhrases.words)
        words.formUnion(periodWords.union(holidayWords))
        words.formUnion(monthThirds.keys)
        words.formUnion(monthParts.keys)
        return words
    }()

    /// What a word means, so that two spellings of one word (a tie in
    /// repairing OCR damage) are not mistaken for a real ambiguity.
    static func meaning(of word: String) -> String {
        if let month = months[word] { return "month \(month)" }
        if let season = seasons[word] { return "season \(season)" }
        if let third = monthThirds[word] { return "third \(third)" }
        if let part = monthParts[word] { return "part \(part)" }
        if let unit = units[word] { return "unit \(unit)" }
        if let ordinal = ordinalWords[word] { return "ordinal \(ordinal)" }
        if yearWords.contains(word) { return "year" }
        if word == "течении" { return "течение" }
        return word
    }
}
