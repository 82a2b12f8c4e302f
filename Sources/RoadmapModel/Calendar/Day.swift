import Foundation

/// A calendar day with no time and no time zone: deadlines and marks are
/// about days in the municipality's own calendar, so nothing here converts
/// between zones.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// year × 512 + month × 32 + day: one word whose order is the days'
    /// order, where three `Int`s took 24 bytes — a region's records,
    /// windows and late items hold hundreds of thousands of days.
    private let packed: Int

    public var year: Int { packed >> 9 }
    public var month: Int { (packed >> 5) & 15 }
    public var day: Int { packed & 31 }

    /// Returns nil for days that do not exist (31.02, month 13, year 0 …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.length(ofMonth: month, year: year) else { return nil }
        self.init(valid: year, month, day)
    }

    /// Wrapping, so that no day made from an absurd ordinal can trap; a
    /// year that far off wraps, where no document ever goes.
    private init(valid year: Int, _ month: Int, _ day: Int) {
        packed = year &* 512 &+ month &* 32 &+ day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func firstOf(month: Int, year: Int) -> Day {
        Day(valid: year, month, 1)
    }

    public static func lastOf(month: Int, year: Int) -> Day {
        Day(valid: year, month, length(ofMonth: month, year: year))
    }

    /// Days since 0001-01-01 (proleptic Gregorian): differences of ordinals
    /// are numbers of days, which is all «дней просрочки» needs.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Day.length(ofMonth: m, year: year) }
        return days + day - 1
    }

    public init(ordinal: Int) {
        var n = ordinal
        let n400 = n / 146_097; n %= 146_097
        var n100 = n / 36_524; if n100 == 4 { n100 = 3 }; n -= n100 * 36_524
        let n4 = n / 1461; n %= 1461
        var n1 = n / 365; if n1 == 4 { n1 = 3 }; n -= n1 * 365
        let year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
        var month = 1
        while n >= Day.length(ofMonth: month, year: year) {
            n -= Day.length(ofMonth: month, year: year)
            month += 1
        }
        self.init(valid: year, month, n + 1)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Keeps the day of month where it exists, else the month's last day.
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return Day(valid: y, m, min(day, Day.length(ofMonth: m, year: y)))
    }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

    /// `2021-03-01`, the form the data files use.
    public var iso: String {
        fields(year, 4, month, 2, day, 2, separator: UInt8(ascii: "-"))
            ?? pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `01.03.2021`, the form Russian documents use.
    public var russian: String {
        fields(day, 2, month, 2, year, 4, separator: UInt8(ascii: "."))
            ?? pad(day, 2) + "." + pad(month, 2) + "." + pad(year, 4)
    }

    /// `20210301`, ISO 8601's basic form (iCalendar's dates and ids).
    public var basic: String {
        fields(year, 4, month, 2, day, 2, separator: nil) ?? pad(year, 4) + pad(month, 2) + pad(day, 2)
    }

    /// Three fields of fixed widths written straight as ASCII digits: a
    /// document prints a date on most of a region's rows. Nil for a year
    /// outside 0–9999, which `pad` writes as it is.
    private func fields(_ a: Int, _ aWidth: Int, _ b: Int, _ bWidth: Int, _ c: Int, _ cWidth: Int,
                        separator: UInt8?) -> String? {
        guard (0...9999).contains(year) else { return nil }
        return String(unsafeUninitializedCapacity: aWidth + bWidth + cWidth + 2) { bytes in
            var end = Self.put(a, aWidth, into: bytes, at: 0)
            if let separator { bytes[end] = separator; end += 1 }
            end = Self.put(b, bWidth, into: bytes, at: end)
            if let separator { bytes[end] = separator; end += 1 }
            return Self.put(c, cWidth, into: bytes, at: end)
        }
    }

    /// `value`'s last `width` digits at `start`; where they end.
    private static func put(_ value: Int, _ width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var rest = value, place = start + width
        while place > start {
            place -= 1
            bytes[place] = UInt8(truncatingIfNeeded: 48 + rest % 10)
            rest /= 10
        }
        return start + width
    }

    public var description: String { iso }

    /// Accepts `2021-03-01` and `01.03.2021` (the forms people type), nothing else.
    public static func parse(_ text: String) -> Day? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            return Day(year: y, month: m, day: d)
        }
        let ru = t.split(separator: ".", omittingEmptySubsequences: false)
        if ru.count == 3, (1...2).contains(ru[0].count), (1...2).contains(ru[1].count), ru[2].count == 4,
           let d = Int(ru[0]), let m = Int(ru[1]), let y = Int(ru[2]) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
