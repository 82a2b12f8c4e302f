import RoadmapModel

/// Russian words the screen needs: month names, counted nouns.
enum RussianText {
    static let shortMonths = ["янв", "фев", "мар", "апр", "май", "июн",
                              "июл", "авг", "сен", "окт", "ноя", "дек"]
    /// A month named on its own: «18. Час контроля — февраль, март».
    static let months = ["январь", "февраль", "март", "апрель", "май", "июнь",
                         "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
    /// At most two letters per month, and no two months alike: one letter
    /// where it is the month's alone («я», «ф», «с», «о», «н», «д»), the
    /// first and a telling consonant where two months share the first
    /// letter (март «мр» / май «мй», июнь «ин» / июль «ил», апрель «ап» /
    /// август «ав»).
    static let monthAbbreviations = ["я", "ф", "мр", "ап", "мй", "ин", "ил", "ав", "с", "о", "н", "д"]

    /// «1 день», «3 дня», «11 дней».
    static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let tens = n % 100, units = n % 10
        if (11...14).contains(tens) { return many }
        if units == 1 { return one }
        if (2...4).contains(units) { return few }
        return many
    }

    static func count(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(n) \(plural(n, one, few, many))"
    }

    /// «01.11.2020 – 31.12.2020», or one date when the window is one day.
    static func window(_ window: DateWindow) -> String {
        window.start == window.end ? window.end.russian : "\(window.start.russian) – \(window.end.russian)"
    }
}
