import Foundation

/// The municipality, put back in the nominative from the phrase the title
/// or the order uses: «в Терском муниципальном районе» → «Терский
/// муниципальный район», «Серышевского муниципального округа» →
/// «Серышевский муниципальный округ», «города Владивостока» → «город
/// Владивосток».
enum MunicipalityFinder {
    private static let district = try! NSRegularExpression(
        pattern: #"([А-ЯЁ][а-яё-]+(?:ского|ском|ском|ский|ской))\s+(муниципальн[а-яё]+|городск[а-яё]+)\s+(район|округ)[а-яё]*"#)
    private static let city = try! NSRegularExpression(pattern: #"город[а-яё]*\s+([А-ЯЁ][а-яё-]+)"#)

    static func municipality(in texts: [String]) -> String? {
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            if let match = district.firstMatch(in: text, range: range) {
                let word = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
                return "\(adjective(word(1))) \(adjective(word(2))) \(word(3))"
            }
        }
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            if let match = city.firstMatch(in: text, range: range) {
                return "город " + cityName(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return nil
    }

    /// «Терском», «Серышевского» → «Терский», «Серышевский»; «муниципальном»
    /// → «муниципальный».
    private static func adjective(_ word: String) -> String {
        for ending in ["ого", "ому", "ом", "ий", "ый", "ой"] where word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            let soft = stem.last.map { "кгхжшчщ".contains($0) } ?? false
            return stem + (soft ? "ий" : "ый")
        }
        return word
    }

    /// «Владивостока» → «Владивосток», «Москвы» → «Москва», «Казани» → «Казань».
    private static func cityName(_ word: String) -> String {
        if word.hasSuffix("а") { return String(word.dropLast()) }
        if word.hasSuffix("ы") { return word.dropLast() + "а" }
        if word.hasSuffix("и") { return word.dropLast() + "ь" }
        return word
    }
}
