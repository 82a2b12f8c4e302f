import RoadmapModel

/// Russian words the screen needs: month names, counted nouns.
enum RussianText {
    static let shortMonths = ["янв", "фев", "мар", "апр", "май", "июн",
                              "июл", "авг", "сен", "окт", "ноя", "дек"]
    /// One letter per month, as printed calendars head their columns.
    static let monthLetters: [Character] = ["Я", "Ф", "М", "А", "М", "И", "И", "А", "С", "О", "Н", "Д"]

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
