import Testing
import RoadmapModel

/// The one rule for text on its way out: controls shown as «�», bidi
/// controls left out, line breaks kept only where the layout holds them.
@Suite("DisplayText: what text from the data may show")
struct DisplayTextTests {
    /// (typed, one line, several lines)
    static let cases: [(String, String, String)] = [
        ("Мониторинг ВПР — 2022 № 5 «итоги»…", "Мониторинг ВПР — 2022 № 5 «итоги»…", "Мониторинг ВПР — 2022 № 5 «итоги»…"),
        ("\u{1B}[31mКРАСНЫЙ\u{07}", "�[31mКРАСНЫЙ�", "�[31mКРАСНЫЙ�"),
        ("\u{9B}6n\u{85}\u{7F}\u{0}", "�6n���", "�6n���"),
        ("\u{202E}ьтавреВ\u{202C}", "ьтавреВ", "ьтавреВ"),
        ("\u{202A}a\u{202B}b\u{202D}c\u{2066}d\u{2067}e\u{2068}f\u{2069}\u{200E}\u{200F}\u{061C}", "abcdef", "abcdef"),
        ("Строка 1\r\nСтрока 2\nСтрока 3\rконец\tтаб", "Строка 1 Строка 2 Строка 3 конец таб",
         "Строка 1\r\nСтрока 2\nСтрока 3\rконец\tтаб"),
        // Neighbours of the ranges stay: NBSP, ZWJ, the line separator, «‭» is not «‬».
        ("a\u{A0}b\u{200D}c\u{2028}d\u{2065}e\u{206A}f\u{2029}", "a\u{A0}b\u{200D}c\u{2028}d\u{2065}e\u{206A}f\u{2029}",
         "a\u{A0}b\u{200D}c\u{2028}d\u{2065}e\u{206A}f\u{2029}"),
        ("", "", ""),
    ]

    @Test(arguments: cases)
    func shown(_ typed: String, line: String, lines: String) {
        #expect(DisplayText.neutralised(typed) == line)
        #expect(DisplayText.neutralised(typed, as: .lines) == lines)
    }

    @Test func everyCodePointOfTheRulesIsNeutralised() {
        let controls = Array(0x00...0x1F) + Array(0x7F...0x9F)
        let bidi = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in controls + bidi {
            let scalar = Unicode.Scalar(UInt32(value))!
            let shown = DisplayText.neutralised("а\(scalar)б")
            #expect(!shown.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16))")
            #expect(shown == (bidi.contains(value) ? "аб" : [0x09, 0x0A, 0x0D].contains(value) ? "а б" : "а�б"),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test func hazardsAreNamedOnceInOrder() {
        let text = "\u{9B}a\u{202E}b\u{9B}\nc\td\u{202C}"
        #expect(DisplayText.hazards(in: text) == ["\u{9B}", "\u{202E}", "\u{202C}"])
        #expect(DisplayText.hazards(in: text, as: .line) == ["\u{9B}", "\u{202E}", "\n", "\t", "\u{202C}"])
        #expect(DisplayText.hazards(in: "Обычный текст\nв две строки").isEmpty)
    }
}
