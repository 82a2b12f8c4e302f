import Foundation

/// A number written with the digit places of a format: «0.00» → «2.50»,
/// «# ##0» → «1 234», «0%» → «15%», text around it kept.
enum XlsxNumberText {
    static func text(_ number: Double, _ tokens: [XlsxFormatToken]) -> String? {
        let runs = tokens.filter { if case .digits = $0 { return true } else { return false } }
        guard runs.count <= 1, !tokens.contains(.literal("/")) else { return nil }
        var text = ""
        for token in tokens {
            switch token {
            case .literal(let literal): text += literal
            case .general, .text: text += XlsxNumberFormat.generalText(number)
            case .digits(let pattern):
                guard let digits = digits(number, pattern) else { return nil }
                text += digits
            case .date, .amPm, .unreadable: return nil
            }
        }
        return text
    }

    private static func digits(_ number: Double, _ pattern: String) -> String? {
        let percent = pattern.contains("%")
        let places = pattern.filter { $0 != "%" }
        // A comma after the last digit place divides by a thousand; not read.
        guard !places.hasSuffix(","), places.contains(where: { "0#?".contains($0) }) || places.isEmpty else { return nil }
        let parts = places.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPattern = parts[0], fractionPattern = parts.count > 1 ? parts[1] : ""
        let minimumFraction = fractionPattern.filter { $0 == "0" }.count
        let maximumFraction = fractionPattern.filter { "0#?".contains($0) }.count
        // Beyond what a double holds, the digits would be noise.
        guard maximumFraction <= 15, integerPattern.count <= 30 else { return nil }
        let scale = pow(10, Double(maximumFraction))
        // Half away from zero, as spreadsheets round; printf rounds 2.125 to even.
        let value = ((percent ? number * 100 : number) * scale).rounded() / scale
        let written = String(format: "%.\(maximumFraction)f", value).split(separator: ".")
        var fraction = written.count > 1 ? String(written[1]) : ""
        while fraction.count > minimumFraction, fraction.hasSuffix("0") { fraction.removeLast() }
        var integer = String(written[0])
        let minimumInteger = integerPattern.filter { $0 == "0" }.count
        if integer == "0", minimumInteger == 0 { integer = "" }
        integer = String(repeating: "0", count: max(0, minimumInteger - integer.count)) + integer
        if integerPattern.contains(",") { integer = grouped(integer) }
        return integer + (parts.count > 1 ? "." + fraction : "") + (percent ? "%" : "")
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0 { result.append(" ") }
            result.append(digit)
        }
        return String(result.reversed())
    }
}
