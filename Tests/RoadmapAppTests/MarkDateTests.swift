import Testing
import RoadmapModel
@testable import RoadmapApp

/// The day a measure was done is asked on the mark's line, not assumed:
/// proposed (the as-of day looking back, else today), typed over, checked
/// beside the field — and then said on the status line and in the detail,
/// with the occurrence of a recurring measure named.
@Suite struct MarkDateTests {
    static func draft(_ state: AppState) -> NoteDraft? {
        if case .note(let draft) = state.input { return draft }
        return nil
    }

    /// 2.1 «Ежемесячно», its February occurrence.
    static func february(_ state: inout AppState) {
        while state.selectedMeasure?.id != "2.1" { press(&state, .down) }
        while state.selectedWindow?.end != Fixture.day(2021, 2, 28) { press(&state, .left) }
    }

    @Test func theProposedDayIsTheAsOfDayLookingBackElseToday() {
        var state = Fixture.state()
        press(&state, .character("d"))
        #expect(Self.draft(state)?.date.editor.text == "01.03.2021")
        var back = Fixture.state(asOf: Fixture.day(2020, 12, 15))
        press(&back, .character(" "))
        #expect(Self.draft(back)?.date.editor.text == "15.12.2020")
        var ahead = Fixture.state(asOf: Fixture.day(2021, 5, 1))
        press(&ahead, .character("d"))
        #expect(Self.draft(ahead)?.date.editor.text == "01.03.2021", "a day ahead cannot be a day done")
    }

    @Test func theTypedDayIsTheDayDoneAndIsSaid() {
        var state = Fixture.state()
        Self.february(&state)
        press(&state, .character("d"))
        type(&state, "Проведено совещание")
        press(&state, .tab)
        #expect(Self.draft(state)?.onDate == true)
        // The first character typed replaces the proposed day.
        type(&state, "12.02.2021")
        #expect(Self.draft(state)?.date.editor.text == "12.02.2021")
        let effects = press(&state, .enter)
        let key = ProgressKey(measure: "2.1", occurrence: Fixture.day(2021, 2, 28))
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        #expect(state.data.record(key)?.doneOn == Fixture.day(2021, 2, 12))
        #expect(state.data.record(key)?.note == "Проведено совещание")
        #expect(state.message?.text == "2.1 — февраль 2021 г.: выполнено 12.02.2021")
        press(&state, .enter)
        let detail = App.render(state)
        #expect(detail.contains("Срок: февраль 2021 г.: 01.02.2021 – 28.02.2021"))
        #expect(detail.contains("✓ муниципальный уровень — Выполнено 12.02.2021"))
        #expect(detail.contains("Иванова Л.П.: выполнено 12.02.2021 — Проведено совещание"))
    }

    /// Words work as on the as-of line: «12 февраля» in this academic year.
    @Test func aDayInWords() {
        var state = Fixture.state()
        Self.february(&state)
        press(&state, .character("d"), .tab)
        type(&state, "12 февраля")
        press(&state, .enter)
        #expect(state.data.record(ProgressKey(measure: "2.1", occurrence: Fixture.day(2021, 2, 28)))?.doneOn
            == Fixture.day(2021, 2, 12))
    }

    /// A day not yet come is refused beside the field; nothing is saved
    /// and the note typed stays, to fix the day and save.
    @Test(arguments: [(80, 24), (120, 40)])
    func aFutureDayIsRefusedBesideTheField(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        press(&state, .character("d"))
        type(&state, "Справка")
        press(&state, .tab)
        type(&state, "02.03.2021")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.data == Fixture.data)
        #expect(state.undo.isEmpty)
        let line = App.render(state).line(height - 2)
        #expect(line.hasPrefix("Отметка о выполнении: Справка"), "\(line)")
        #expect(line.contains("дата: 02.03.2021  ✗ ещё не наступил"), "\(line)")
        #expect(App.cursor(state)?.x == line.distance(from: line.startIndex, to: line.range(of: "02.03.2021")!.upperBound))
        press(&state, .control("u"))
        type(&state, "01.01.2021")
        #expect(!App.render(state).line(height - 2).contains("✗"))
        press(&state, .enter)
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.doneOn == Fixture.day(2021, 1, 1))
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.note == "Справка")
    }

    /// The line at both sizes: the note's editor, then the date's; Tab
    /// moves the cursor between them, and the hints say so.
    @Test(arguments: [(80, 24), (120, 40)])
    func theLineHoldsTheNoteAndTheDate(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        press(&state, .character("d"))
        type(&state, "Справка")
        let grid = App.render(state)
        let line = grid.line(height - 2)
        #expect(line.hasPrefix("Отметка о выполнении: Справка"))
        #expect(line.hasSuffix("дата: 01.03.2021 "), "\(line)")
        let date = grid.find("01.03.2021", from: height - 2)!
        #expect(grid[date.x, date.y].role == .input)
        #expect(App.cursor(state)?.x == "Отметка о выполнении: Справка".count)
        #expect(grid.line(height - 1).contains("Tab к дате"))
        press(&state, .tab)
        #expect(App.cursor(state)?.x == date.x + 10)
        #expect(App.render(state).line(height - 1).contains("Tab к отметке"))
        press(&state, .backTab)
        #expect(App.cursor(state)?.x == "Отметка о выполнении: Справка".count)
    }

    /// After a mark made from «Просрочено» the open detail stays on the
    /// measure marked (the item leaves the list), and a second key marks
    /// that one again; moving lets it go.
    @Test func theDetailStaysOnTheMeasureMarkedFromOverdue() {
        var state = Fixture.state(width: 120, height: 40)
        press(&state, .tab)
        #expect(state.focus == .overdue)
        let first = state.selectedOverdue!
        #expect(first.measure.id == "1.1")
        press(&state, .enter)
        press(&state, .character("d"))
        type(&state, "Справка")
        press(&state, .enter)
        #expect(state.data.record(first.key)?.status == .done)
        #expect(state.selectedOverdue?.key != first.key, "the item left the list")
        #expect(state.focusedMeasure?.id == "1.1")
        let detail = App.render(state)
        #expect(detail.contains("1.1. Проведение анализа результатов ВПР"))
        #expect(detail.contains("✓ муниципальный уровень — Выполнено 01.03.2021"))
        press(&state, .character("p"))
        #expect(state.data.record(first.key)?.status == .inProgress, "the next key marks what the detail shows")
        press(&state, .down)
        #expect(state.focusedMeasure?.id == state.selectedOverdue?.measure.id)
    }
}
