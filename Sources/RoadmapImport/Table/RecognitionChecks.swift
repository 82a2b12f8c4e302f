/// Signs that text recognition damaged a word. Nothing is changed: the
/// words are listed so a person can compare them with the paper.
struct RecognitionChecks {
    /// Words written in lower case somewhere in the table.
    private let lowercaseWords: Set<String>

    init(texts: [String]) {
        var words: Set<String> = []
        for text in texts {
            for word in Self.words(text) where word.first?.isLowercase == true { words.insert(word) }
        }
        lowercaseWords = words
    }

    /// «Oi», «roд»: a word mixing Latin and Cyrillic letters, or a short
    /// Latin word with lower-case letters inside Cyrillic text.
    func mixedScripts(_ text: String) -> [String] {
        let words = Self.words(text)
        let cyrillicText = words.filter { $0.contains(where: Self.isCyrillic) }.count > words.count / 2
        return words.filter { word in
            let latin = word.contains(where: Self.isLatin), cyrillic = word.contains(where: Self.isCyrillic)
            if latin && cyrillic { return true }
            return latin && cyrillicText && word.count <= 3 && word.contains(where: \.isLowercase)
        }
    }

    /// «ШКОЛ» among lower-case words: a word in capitals whose lower-case
    /// form the table uses elsewhere is no abbreviation (abbreviations such
    /// as «ШНОР» never appear in lower case).
    func capitalsWords(_ text: String) -> [String] {
        Self.words(text).filter { word in
            word.count >= 4 && word.allSatisfy { $0.isUppercase && Self.isCyrillic($0) }
                && lowercaseWords.contains(word.lowercased())
        }
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    static func isLatin(_ c: Character) -> Bool { c.isASCII && c.isLetter }

    static func isCyrillic(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x0400...0x04FF).contains($0.value) }
    }
}
