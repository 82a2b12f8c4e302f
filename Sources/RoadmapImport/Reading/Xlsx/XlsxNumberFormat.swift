import Foundation

/// A number as a spreadsheet shows it under its cell's number format. Excel
/// and LibreOffice keep a date as a serial number with a date format, and a
/// «1.1» typed where a number is expected as the number 1.1: the table is
/// read as printed, so «30.04.2022», not «44681».
///
/// Decimals are written with a point, as roadmaps number their measures
/// («2.11»), and thousands with a space, as Russian prints them. A format
/// this reader cannot show (fractions, exponents, conditions) gives nil:
/// the caller writes the number as General and says so.
struct XlsxNumberFormat: Sendable {
    let code: String

    /// Excel's built-in formats, by id; 14 and 22 are the short date the
    /// reader's locale picks — a Russian office shows `ДД.ММ.ГГГГ`.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "DD.MM.YYYY", 15: "D-MMM-YY", 16: "D-MMM", 17: "MMM-YY",
        18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "hh:mm", 21: "hh:mm:ss", 22: "DD.MM.YYYY hh:mm",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;(#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;(#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
    ]

    static let general = XlsxNumberFormat(code: "General")

    /// The number as shown, or nil when the format is beyond this reader.
    func text(_ value: Double, date1904: Bool = false) -> String? {
        guard value.isFinite else { return nil }
        let sections = XlsxFormatTokens.sections(code)
        var section = sections.first ?? []
        var number = value
        var sign = ""
        if value < 0, sections.count > 1 {
            section = sections[1]
            number = -value
        } else if value == 0, sections.count > 2 {
            section = sections[2]
        } else if value < 0 {
            sign = "-"
            number = -value
        }
        if section.contains(where: \.isUnreadable) { return nil }
        if section.contains(where: \.isDatePart) {
            return XlsxDateText.text(value, section, date1904: date1904)
        }
        return XlsxNumberText.text(number, section).map { sign + $0 }
    }

    /// General: a whole number without decimals, others with up to 15
    /// significant digits, so 0.1 + 0.2 is «0.3».
    static func generalText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15g", value)
    }
}
