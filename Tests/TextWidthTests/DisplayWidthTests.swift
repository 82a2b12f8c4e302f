import Testing
import TextWidth

/// Known widths, as a UTF-8 terminal draws them.
@Suite struct DisplayWidthTests {
    @Test func cyrillicAndLatinTakeOneColumn() {
        #expect(DisplayWidth.of("Дорожная карта") == 14)
        #expect(DisplayWidth.of("ШНОР: ёЁйЙ") == 10)
        #expect(DisplayWidth.of("roadmap") == 7)
    }

    @Test func cjkAndFullwidthTakeTwo() {
        #expect(DisplayWidth.of("学校改善") == 8)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test func emojiTakeTwo() {
        // U+1F300–1FAFF and the wide ones of U+2600–27BF.
        for emoji in ["🌀", "📚", "🧑", "🫠", "🪐", "⚡", "☕", "✅", "❌", "⭐"] {
            #expect(DisplayWidth.of(Character(emoji)) == 2, "\(emoji)")
        }
        // A symbol drawn as text stays narrow unless asked for as emoji.
        #expect(DisplayWidth.of(Character("☀")) == 1)
        #expect(DisplayWidth.of(Character("☀️")) == 2)
        // Modifiers and joins are one character of two columns.
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👩‍🏫") == 2)
        #expect(DisplayWidth.of("🇷🇺") == 2)
    }

    @Test func combiningMarksOfEveryScriptTakeNone() {
        #expect(DisplayWidth.of("и\u{0306}") == 1, "й written as и and a breve")
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0, "Cyrillic stress mark")
        #expect(DisplayWidth.of(Unicode.Scalar(0x0483)!) == 0, "Cyrillic titlo")
        #expect(DisplayWidth.of(Unicode.Scalar(0x05B4)!) == 0, "Hebrew point")
        #expect(DisplayWidth.of(Unicode.Scalar(0x0951)!) == 0, "Devanagari stress sign")
        #expect(DisplayWidth.of(Unicode.Scalar(0x0E31)!) == 0, "Thai vowel sign")
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0, "zero width space")
        #expect(DisplayWidth.of(Unicode.Scalar(0x00AD)!) == 1, "a soft hyphen is shown")
        #expect(DisplayWidth.of("กั้") == 1, "Thai: a letter and two marks")
    }

    /// Measured as `DisplayText` shows them: a control as «�», one column;
    /// a bidi control is left out, none.
    @Test func controlsTakeWhatTheyAreShownAs() {
        #expect(DisplayWidth.of("\u{1b}") == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x85)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x202E)!) == 0)
    }

    @Test func cuttingCountsColumns() {
        #expect(DisplayWidth.truncate("学校改善計画", to: 7) == "学校改…")
        #expect(DisplayWidth.truncate("Дорожная карта", to: 8) == "Дорожна…")
        #expect(DisplayWidth.truncate("коротко", to: 20) == "коротко")
    }
}
