import RoadmapModel

/// The files' one date form, `YYYY-MM-DD`; told apart from a day that does
/// not exist (`2021-02-31`) so the message can say which it is.
enum ISODay {
    enum Result { case day(Day), malformed, nonexistent }

    static func parse(_ text: String) -> Result {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]), let day = digits(bytes[8..<10])
        else { return .malformed }
        guard let value = Day(year: year, month: month, day: day) else { return .nonexistent }
        return .day(value)
    }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
