import Testing
import TextWidth
@testable import RoadmapApp

@Suite struct LineEditorTests {
    @Test func insertsCyrillicAtTheCursor() {
        var editor = LineEditor()
        for c in "Справка" { _ = editor.handle(.character(c)) }
        #expect(editor.text == "Справка")
        _ = editor.handle(.home)
        for c in "Итог: " { _ = editor.handle(.character(c)) }
        #expect(editor.text == "Итог: Справка")
        #expect(editor.cursor == 6)
    }

    @Test func backspaceAndDeleteRemoveWholeLetters() {
        var editor = LineEditor("ёлка")
        _ = editor.handle(.backspace)
        #expect(editor.text == "ёлк")
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        #expect(editor.text == "лк")
        _ = editor.handle(.end)
        _ = editor.handle(.delete)
        #expect(editor.text == "лк")
        #expect(editor.cursor == 2)
    }

    @Test func wordJumpsStopAtWordBoundaries() {
        var editor = LineEditor("Проведён час контроля")
        _ = editor.handle(.wordLeft)
        #expect(editor.cursor == 13)
        _ = editor.handle(.wordLeft)
        #expect(editor.cursor == 9)
        _ = editor.handle(.wordLeft)
        _ = editor.handle(.wordLeft)
        #expect(editor.cursor == 0)
        _ = editor.handle(.wordRight)
        #expect(editor.cursor == 8)
        _ = editor.handle(.right)
        _ = editor.handle(.wordRight)
        #expect(editor.cursor == 12)
    }

    @Test func enterSubmitsAndEscapeCancels() {
        var editor = LineEditor("нет")
        #expect(editor.handle(.enter) == .submit("нет"))
        #expect(editor.handle(.escape) == .cancel)
        #expect(editor.handle(.left) == .editing)
    }

    @Test func theViewScrollsByColumnsWithWideCharacters() {
        let editor = LineEditor("отчёт 学校学校 готов")
        // 6 + 8 + 1 + 5 = 20 columns, cursor at the end: column 20.
        let full = editor.visible(width: 30)
        #expect(full.text == "отчёт 学校学校 готов")
        #expect(full.cursorColumn == 20)
        let narrow = editor.visible(width: 10)
        #expect(DisplayWidth.of(narrow.text) <= 10)
        #expect(narrow.text.hasSuffix("готов"))
        #expect(narrow.cursorColumn == DisplayWidth.of(narrow.text))
        #expect(narrow.cursorColumn <= 9)
    }

    @Test func controlCharactersAreNotText() {
        var editor = LineEditor()
        _ = editor.handle(.character("\n"))
        _ = editor.handle(.function(5))
        #expect(editor.text.isEmpty)
    }
}
