import Testing
import RoadmapModel
@testable import RoadmapApp

/// The forms drawn at 80×24: every field on screen, the cursor in the
/// focused field, the keys on the bottom line.
@Suite struct FormRenderTests {
    @Test func theMeasureFormAt80x24() throws {
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .character("e"))
        let grid = App.render(state)
        let lines = grid.lines
        #expect(lines[2].hasPrefix("┌─ Мероприятие 1.1. ─"))
        for label in ["▸ Номер", "Раздел", "Мероприятие", "Срок", "Ответственные", "Результат", "Исполняет"] {
            #expect(grid.contains(label), "\(label)")
        }
        let number = try #require(grid.find("1.1.", from: 3))
        #expect(number.x == 21)
        #expect(grid[number.x, number.y].role == .input)
        #expect(grid.contains("Срок прочитан: 01.10.2020 – 31.10.2020"))
        #expect(lines[23].contains("Enter F2 сохранить"))
        #expect(lines[22].contains("номер, как он напечатан"))
        // The cursor sits after the number.
        let cursor = try #require(App.cursor(state))
        #expect(cursor.x == number.x + 4 && cursor.y == number.y)
    }

    /// «Ежемесячно» reads as twelve periods: the whole reading wraps under
    /// the field, broken between periods, at 80 and at 120 columns.
    @Test func theDeadlineReadingWrapsInsideTheForm() throws {
        for (width, height, rows) in [(80, 24, 3), (120, 40, 2)] {
            var state = EmptySectionTests().emptyState(width: width, height: height)
            EmptySectionTests().addSection("Организационное", &state)
            press(&state, .character("a"), .tab, .tab, .tab)
            #expect(state.form?.focusedField.id == .deadline)
            type(&state, "Ежемесячно")
            let grid = App.render(state)
            let first = try #require(grid.find("Срок прочитан: 01.01.2022 – 31.01.2022;"), "\(width)×\(height)")
            #expect(first.x == 21)
            let lines = (0..<rows).map { grid.text(x: 21, y: first.y + $0, count: width - 23).trimmingCharacters(in: .whitespaces) }
            #expect(lines.joined(separator: " ") == "Срок прочитан: 01.01.2022 – 31.01.2022; 01.02.2022 – 28.02.2022; "
                + "01.03.2022 – 31.03.2022; … всего 12", "\(width)×\(height): \(lines)")
            // Each line ends at a period, never inside one; nothing is cut.
            #expect(lines.dropLast().allSatisfy { $0.hasSuffix(";") })
            #expect(grid.line(first.y + rows).contains("Ответственные"))
        }
    }

    @Test func aLongTitleWrapsAndTheCursorFollowsIt() throws {
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .character("e"), .tab, .tab)
        #expect(state.form?.focusedField.id == .title)
        type(&state, " — с участием руководителей ОО, заместителей по УВР и методистов ИМЦ, по графику")
        let grid = App.render(state)
        let first = try #require(grid.find("Мероприятие", from: 3))
        // Three rows of 57 columns show the end of the text, where the cursor is.
        let rows = (0..<3).map { grid.text(x: 21, y: first.y + $0, count: 57) }
        #expect(rows.joined().contains("методистов ИМЦ, по графику"))
        // Wrapped at spaces: no row starts inside a word.
        #expect(rows.allSatisfy { !$0.hasPrefix("ьтатами") })
        let cursor = try #require(App.cursor(state))
        #expect(cursor.y >= first.y && cursor.y < first.y + 3)
        #expect(cursor.x > 21)
        #expect(grid.line(23).hasPrefix(" F2 сохранить  Esc отменить  Tab ↑↓ поле  Enter пробел"))
    }

    @Test func theSchoolFormAt80x24ScrollsToTheFocusedField() throws {
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .backTab, .down, .character("e"))
        var grid = App.render(state)
        #expect(grid.lines[2].hasPrefix("┌─ Школа «Урожайное» ─"))
        #expect(grid.contains("[x] ШНОР  [ ] ШНСУ  [x] 500+"))
        #expect(grid.contains("◂") == false)
        while state.form?.focusedField.id != .joined { press(&state, .tab) }
        grid = App.render(state)
        #expect(grid.contains("▸ В программе с"))
        #expect(grid.contains("Населённый пункт"))
        #expect(grid.lines[23].contains("Esc отменить"))
        let factors = grid.contains("не выбрано")
        #expect(factors)
    }

    @Test func aDeleteQuestionTakesTheStatusLine() {
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .character("D"))
        let grid = App.render(state)
        #expect(grid.line(22).contains("Удалить мероприятие 1.1."))
        #expect(grid[1, 22].role == .error)
        #expect(grid.line(23).contains("Enter удалить  Esc нет"))
        #expect(App.cursor(state) == nil)
    }
}


@Suite struct WrappedTextTests {
    @Test func wrapsAtSpacesAndKeepsTheCursorInSight() {
        var editor = LineEditor("Совещание с директорами школ")
        var shown = WrappedText.layout(editor, width: 12, rows: 2)
        #expect(shown.lines == ["директорами ", "школ"])
        #expect(shown.cursor == (1, 4))
        editor = LineEditor("Сверхдлинноеслово")
        shown = WrappedText.layout(editor, width: 10, rows: 3)
        #expect(shown.lines == ["Сверхдлинн", "оеслово"])
        // A full last row puts the cursor on a fresh one.
        shown = WrappedText.layout(LineEditor("1234567890"), width: 10, rows: 2)
        #expect(shown.lines == ["1234567890", ""])
        #expect(shown.cursor == (1, 0))
    }
}

extension FormRenderTests {
    @Test func theHelpListsTheEditingKeysWhereThereIsRoom() {
        var state = Fixture.state(width: 120, height: 40)
        press(&state, .function(1))
        let grid = App.render(state)
        for text in ["Правка и школы:", "e/у изменить", "a/ф добавить", "D/В удалить", "R/К перенумеровать раздел",
                     "o/щ выбывшие школы"] {
            #expect(grid.contains(text), "\(text)")
        }
        #expect(Keymap.action(for: .character("В"), in: .coordinator) == .delete)
        #expect(Keymap.action(for: .character("в"), in: .coordinator) == .mark(.done))
    }
}
