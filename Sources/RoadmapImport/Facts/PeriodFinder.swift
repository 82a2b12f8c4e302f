import Foundation
import RoadmapModel

/// The period a roadmap is written for, as its title says: «на 2020-2021
/// учебный год» (academic), «на 2022 год», «на 2023 г.» (calendar).
enum PeriodFinder {
    private static let academic = try! NSRegularExpression(
        pattern: #"на\s+(\d{4})\s*[-–—/]\s*(\d{4})\s+учебн"#, options: .caseInsensitive)
    /// «год», «г.», and what recognition makes of them («гол», «roд»).
    private static let calendar = try! NSRegularExpression(
        pattern: #"на\s+(\d{4})\s*(?:год|г\.|г\b|гол\b|гoд|rод)"#, options: .caseInsensitive)

    static func period(in text: String) -> Period? {
        let range = NSRange(text.startIndex..., in: text)
        var found: (Int, Period)?
        if let match = academic.firstMatch(in: text, range: range),
           let a = Int(text[Range(match.range(at: 1), in: text)!]),
           let b = Int(text[Range(match.range(at: 2), in: text)!]), b == a + 1 {
            found = (match.range.location, .academic(startYear: a))
        }
        if let match = calendar.firstMatch(in: text, range: range),
           let year = Int(text[Range(match.range(at: 1), in: text)!]),
           found.map({ match.range.location < $0.0 }) ?? true {
            found = (match.range.location, .calendar(year: year))
        }
        return found?.1
    }
}
