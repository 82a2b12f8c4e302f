import Foundation

/// The roadmap's title: the heading that begins «План мероприятий» or
/// «Дорожная карта» (in any case, in quotes or not) and runs on, over
/// blank lines if need be, until it names the period («… на 2022 год»).
enum TitleFinder {
    struct Found: Sendable {
        var title: String
        var line: Int
        /// «гол» read as «год» and the like: what was mended, for the summary.
        var mended: String?
    }

    static func title(in rows: [SourceRow]) -> Found? {
        let lines = rows.map { CellText.cleanLine($0.text) }
        for (index, line) in lines.enumerated() where startsTitle(line) {
            var title = line
            var next = index + 1
            while PeriodFinder.period(in: title) == nil, next < lines.count, next <= index + 12 {
                let candidate = lines[next]
                next += 1
                if candidate.isEmpty { continue }
                guard !rows[next - 1].isTable || rows[next - 1].cells.filter({ !$0.isEmpty }).count == 1 else { break }
                title = CellText.join(title, candidate)
            }
            guard PeriodFinder.period(in: title) != nil else { continue }
            let (mendedTitle, mended) = mendYearWord(sentenceCase(title))
            return Found(title: mendedTitle, line: rows[index].line, mended: mended)
        }
        return nil
    }

    private static func startsTitle(_ line: String) -> Bool {
        let folded = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "«»\"( "))
        return folded.hasPrefix("план мероприятий") || folded.hasPrefix("дорожная карта")
            || folded.hasPrefix("план работы") || folded.hasPrefix("комплекс мер")
    }

    /// «ПЛАН МЕРОПРИЯТИЙ («Дорожная карта») …» → «План мероприятий
    /// («Дорожная карта») …»: a heading typed in capitals is written the
    /// way the data keeps titles; abbreviations later in the title stay.
    static func sentenceCase(_ title: String) -> String {
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < words.count, isCapitalsWord(words[index]) {
            words[index] = index == 0 ? words[index].prefix(1) + words[index].dropFirst().lowercased()
                                      : words[index].lowercased()
            index += 1
        }
        return words.joined(separator: " ")
    }

    private static func isCapitalsWord(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }

    /// «на 2023 гол» → «на 2023 год»: the last word of a title that names
    /// the year, misread by recognition.
    private static func mendYearWord(_ title: String) -> (String, String?) {
        guard let match = title.range(of: #"\d{4} (гол|гoд|rод)$"#, options: .regularExpression) else {
            return (title, nil)
        }
        let wrong = String(title[match].suffix(3))
        return (title.replacingCharacters(in: match, with: title[match].prefix(5) + "год"), wrong)
    }
}
