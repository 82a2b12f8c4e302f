import Foundation

/// The municipality, put back in the nominative from the phrase the title
/// or the order uses: «в Терском муниципальном районе» → «Терский
/// муниципальный район», «Серышевского муниципального округа» →
/// «Серышевский муниципальный округ», «в Лесном городском округе» →
/// «Лесной городской округ», «города Владивостока» → «город Владивосток».
enum MunicipalityFinder {
    struct Found: Equatable, Sendable {
        var name: String
        /// The phrase as printed, when the nominative's ending is a guess:
        /// «Лесном» is «Лесной» or «Лесный» depending on the stress, which
        /// spelling does not show.
        var guessedFrom: String?
        /// The adjective written and its other possible nominative: «Лесный»,
        /// «Лесной».
        var alternatives: [String] = []
    }

    private static let district = try! NSRegularExpression(
        pattern: #"([А-ЯЁ][а-яё-]+(?:ого|его|ому|ему|ом|ем|ий|ый|ой))\s+(муниципальн[а-яё]+|городск[а-яё]+)\s+(район|округ)[а-яё]*"#)
    private static let city = try! NSRegularExpression(pattern: #"город[а-яё]*\s+([А-ЯЁ][а-яё-]+)"#)

    static func municipality(in texts: [String]) -> String? { find(in: texts)?.name }

    static func find(in texts: [String]) -> Found? {
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            if let match = district.firstMatch(in: text, range: range) {
                let word = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
                let kind = word(2).hasPrefix("городск") ? "городской" : "муниципальный"
                let (name, sure) = adjective(word(1), texts: texts)
                guard !sure else { return Found(name: "\(name) \(kind) \(word(3))") }
                return Found(name: "\(name) \(kind) \(word(3))", guessedFrom: String(text[Range(match.range, in: text)!]),
                             alternatives: [name, name.dropLast(2) + "ой"])
            }
        }
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            if let match = city.firstMatch(in: text, range: range) {
                return Found(name: "город " + cityName(String(text[Range(match.range(at: 1), in: text)!])))
            }
        }
        return nil
    }

    /// «Терском», «Серышевского» → «Терский», «Серышевский». A form already
    /// in the nominative stays. Otherwise the nominative the document
    /// itself prints («ЛЕСНОЙ РАЙОН» in a heading) wins; without it, «-ский»
    /// and «-ий» after к, г, х, ж, ш, ч, щ are sure, and «-ный» is a guess
    /// (the stressed «-ной» reads the same in every other case).
    private static func adjective(_ word: String, texts: [String]) -> (String, sure: Bool) {
        for ending in ["ий", "ый", "ой"] where word.hasSuffix(ending) { return (word, true) }
        guard let ending = ["ого", "его", "ому", "ему", "ом", "ем"].first(where: { word.hasSuffix($0) }) else {
            return (word, false)
        }
        let stem = String(word.dropLast(ending.count))
        if let printed = nominativePrinted(stem, in: texts) { return (printed, true) }
        let soft = stem.last.map { "кгхжшчщ".contains($0) } ?? false
        return (stem + (soft ? "ий" : "ый"), soft)
    }

    /// `stem` + «ый», «ий» or «ой» as a word anywhere in the texts, in any
    /// case, written with the stem's capital.
    private static func nominativePrinted(_ stem: String, in texts: [String]) -> String? {
        let lowered = stem.lowercased()
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
                let folded = word.lowercased()
                for ending in ["ый", "ий", "ой"] where folded == lowered + ending {
                    return stem + ending
                }
            }
        }
        return nil
    }

    /// «Владивостока» → «Владивосток», «Москвы» → «Москва», «Казани» → «Казань».
    private static func cityName(_ word: String) -> String {
        if word.hasSuffix("а") { return String(word.dropLast()) }
        if word.hasSuffix("ы") { return word.dropLast() + "а" }
        if word.hasSuffix("и") { return word.dropLast() + "ь" }
        return word
    }
}
