/// A serial date and time (days since 30.12.1899, or since 01.01.1904 in a
/// workbook that says so) written with a date format's parts, in Russian:
/// «DD.MM.YYYY» → «30.04.2022», «D MMMM YYYY» → «30 апреля 2022».
enum XlsxDateText {
    static func text(_ serial: Double, _ tokens: [XlsxFormatToken], date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds == 86_400 { days += 1; seconds = 0 }
        let usesDate = tokens.indices.contains { index in
            guard case .date(let part) = tokens[index] else { return false }
            return "yde".contains(part.first!) || (part.first == "m" && !isMinute(index, tokens))
        }
        guard let epochDays = epochDays(days, date1904: date1904) else { return usesDate ? nil : clock(seconds, tokens) }
        let (year, month, day) = civil(epochDays)
        if let numeric = numericDate(tokens, year: year, month: month, day: day) { return numeric }
        let weekday = ((epochDays % 7) + 11) % 7 // 01.01.1970 was a Thursday; 0 is Sunday.
        let twelveHour = tokens.contains(.amPm)
        var text = ""
        for (index, token) in tokens.enumerated() {
            switch token {
            case .literal(let literal): text += literal
            case .digits(let digits): if !digits.contains("0") { text += digits }
            case .amPm: text += seconds < 43_200 ? "AM" : "PM"
            case .date(let part):
                let hour = seconds / 3600, minute = seconds / 60 % 60, second = seconds % 60
                switch part.first! {
                case "y", "e": text += part.count <= 2 && part.first == "y" ? padded(year % 100) : String(year)
                case "m" where isMinute(index, tokens): text += part.count == 1 ? String(minute) : padded(minute)
                case "m": text += monthText(month, part.count, withDay: tokens.contains { $0 == .date("d") || $0 == .date("dd") })
                case "d": text += dayText(day, weekday, part.count)
                case "h":
                    let shown = twelveHour ? (hour % 12 == 0 ? 12 : hour % 12) : hour
                    text += part.count == 1 ? String(shown) : padded(shown)
                default: text += part.count == 1 ? String(second) : padded(second)
                }
            case .general, .text, .unreadable: return nil
            }
        }
        return text
    }

    /// A date of numbers only is written the Russian way, whatever order
    /// and separator the format has: «/» in a format is the reader's own
    /// date separator, so the same cell shows «04/30/22» in an American
    /// office and «30.04.22» in a Russian one. The date is the cell's value;
    /// `ДД.ММ.ГГГГ` says it with no order to guess.
    private static func numericDate(_ tokens: [XlsxFormatToken], year: Int, month: Int, day: Int) -> String? {
        let parts = Set(tokens.compactMap { token -> Character? in
            if case .date(let part) = token, part.count <= 2 || part.first == "y" { return part.first }
            if case .date = token { return "n" }
            return token == .amPm ? "n" : nil
        })
        let date = "\(padded(day)).\(padded(month))"
        if parts == ["d", "m", "y"] { return "\(date).\(year)" }
        if parts == ["d", "m"] { return date }
        return nil
    }

    /// Days since 01.01.1970. The 1900 system counts a 29 February 1900
    /// that never was (serial 60), as Lotus 1-2-3 did: serials before it
    /// are a day later than the count says; 0 and 60 are no day.
    private static func epochDays(_ days: Int, date1904: Bool) -> Int? {
        if date1904 { return days - 24_107 }
        if days >= 61 { return days - 25_569 }
        if days >= 1, days < 60 { return days - 25_568 }
        return nil
    }

    /// A time of day alone («hh:mm» on a serial under 1).
    private static func clock(_ seconds: Int, _ tokens: [XlsxFormatToken]) -> String? {
        text(1000 + Double(seconds) / 86_400, tokens, date1904: false)
    }

    /// «m» next to hours or seconds is minutes.
    private static func isMinute(_ index: Int, _ tokens: [XlsxFormatToken]) -> Bool {
        let before = tokens[..<index].last { if case .date = $0 { return true } else { return false } }
        let after = tokens[(index + 1)...].first { if case .date = $0 { return true } else { return false } }
        if case .date(let part)? = before, part.hasPrefix("h") { return true }
        if case .date(let part)? = after, part.hasPrefix("s") { return true }
        return false
    }

    private static func monthText(_ month: Int, _ length: Int, withDay: Bool) -> String {
        switch length {
        case 1: return String(month)
        case 2: return padded(month)
        case 3: return shortMonths[month - 1]
        case 4: return (withDay ? genitiveMonths : months)[month - 1]
        default: return String(months[month - 1].prefix(1))
        }
    }

    private static func dayText(_ day: Int, _ weekday: Int, _ length: Int) -> String {
        switch length {
        case 1: return String(day)
        case 2: return padded(day)
        case 3: return shortWeekdays[weekday]
        default: return weekdays[weekday]
        }
    }

    private static func padded(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// The proleptic Gregorian date of a day count (H. Hinnant's algorithm).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static let months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                 "сентябрь", "октябрь", "ноябрь", "декабрь"]
    private static let genitiveMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                         "сентября", "октября", "ноября", "декабря"]
    private static let shortMonths = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
    private static let weekdays = ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"]
    private static let shortWeekdays = ["вс", "пн", "вт", "ср", "чт", "пт", "сб"]
}
