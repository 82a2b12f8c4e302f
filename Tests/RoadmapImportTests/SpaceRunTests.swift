import Testing
@testable import RoadmapImport

/// The shortcut that leaves an already clean cell alone gives what the
/// full cleaning gives, for every kind of space Unicode has.
@Suite struct SpaceRunTests {
    private func fullClean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func cleanCellsAreLeftAsTheyAre() {
        for text in ["Руководители ОО", "ИМЦ УО Шидукова Л.П.", "№ 378-а", "«Дорожная карта» – план", "a", "1.1"] {
            #expect(SpaceRun.isCollapsed(text), "\(text)")
            #expect(CellText.cleanLine(text) == text)
        }
    }

    @Test func everyOtherSpacingIsCleanedTheFullWay() {
        let spaces = ["\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}",
                      "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
        var texts = spaces.flatMap { ["Срок\($0)исполнения", "\($0)Срок", "Срок\($0)"] }
        texts += ["  Срок", "Срок  исполнения", "Срок ", " ", "", "Срок \u{301}исполнения", "Срок \u{200D}исполнения",
                  "Срок \u{483}исполнения", "\u{301}Срок"]
        for text in texts {
            #expect(!SpaceRun.isCollapsed(text), "\(text.unicodeScalars.map(\.value))")
            #expect(CellText.cleanLine(text) == fullClean(text))
        }
    }
}
