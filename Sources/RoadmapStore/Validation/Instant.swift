import RoadmapModel

/// An ISO 8601 moment with its offset, `2022-03-28T15:02:11+03:00` (seconds
/// and fractions optional, `Z` allowed). History entries are compared as
/// instants, so a mark made in another time zone still sorts correctly.
struct Instant: Comparable {
    /// Seconds since 0001-01-01T00:00Z, and the fraction as written.
    let seconds: Int
    let fraction: Double

    init?(_ text: String) {
        let b = Array(text.utf8)
        guard b.count >= 17, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
              case .day(let day) = ISODay.parse(String(decoding: b[0..<10], as: UTF8.self)),
              let hour = ISODay.digits(b[11..<13]), let minute = ISODay.digits(b[14..<16]),
              hour < 24, minute < 60 else { return nil }
        var i = 16
        var second = 0
        var fraction = 0.0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard i + 3 <= b.count, let s = ISODay.digits(b[(i + 1)..<(i + 3)]), s < 60 else { return nil }
            second = s
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                var j = i + 1
                while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                guard j > i + 1 else { return nil }
                fraction = Double("0" + String(decoding: b[i..<j], as: UTF8.self)) ?? 0
                i = j
            }
        }
        guard let offset = Instant.offsetSeconds(b[i...]) else { return nil }
        self.seconds = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second - offset
        self.fraction = fraction
    }

    private static func offsetSeconds(_ b: ArraySlice<UInt8>) -> Int? {
        if b.count == 1, b.first == UInt8(ascii: "Z") { return 0 }
        let s = b.startIndex
        guard b.count == 6, b[s] == UInt8(ascii: "+") || b[s] == UInt8(ascii: "-"), b[s + 3] == UInt8(ascii: ":"),
              let h = ISODay.digits(b[(s + 1)..<(s + 3)]), let m = ISODay.digits(b[(s + 4)..<(s + 6)]),
              h < 24, m < 60 else { return nil }
        return (b[s] == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
    }

    static func < (a: Instant, b: Instant) -> Bool {
        (a.seconds, a.fraction) < (b.seconds, b.fraction)
    }
}
