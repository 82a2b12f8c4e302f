import Testing
import RoadmapModel
@testable import RoadmapApp

/// What the screen spells out so nobody has to guess: school flags, the
/// dates of a mark made while looking at another date, long overdue counts.
@Suite struct ExplainedOnScreenTests {
    @Test func narrowSchoolsPaneShowsTheWholeProjectNameNeverFivePlus() {
        // At 80 columns «Школы» opens over the timeline while it has the focus.
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .backTab)
        let grid = App.render(state)
        let row = grid.find("Урожай")!.y
        #expect(grid.line(row).contains("500+"))
        #expect(!grid.line(row).contains("5+ТР"))
        #expect(grid[grid.find("500+")!.x, row].role == .muted)
    }

    @Test func theSelectedSchoolIsSpelledOutOnTheStatusLine() {
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .backTab, .down)
        #expect(state.focus == .schools && state.filters.school == "urozhaynoe")
        let line = App.render(state).line(22)
        #expect(line.contains("МКОУ СОШ с.п. Урожайное · ШНОР, 500+ · «Точка роста» с 01.09.2020"), "\(line)")
        // Back on the timeline the line is free for messages again.
        press(&state, .tab)
        #expect(!App.render(state).line(22).contains("Урожайное ·"))
    }

    /// Looking back, the coordinator says it was done by the date on screen:
    /// the mark is dated then and counts there; the detail still says it was
    /// recorded later (`at` keeps the real time).
    @Test func aMarkMadeWhileLookingBackIsDatedTheAsOfDayAndSaysWhenItWasRecorded() {
        var state = AppState(data: Fixture.data, directory: "", mode: .coordinator(readOnly: false),
                             today: Fixture.day(2021, 4, 20), asOf: Fixture.asOf, width: 120, height: 40,
                             schedule: Schedule(deadlines: Fixture.deadlines), user: "Иванова Л.П.",
                             now: "2021-04-20T09:30:00+10:00")
        #expect(state.selectedMeasure?.id == "1.1")
        press(&state, .character(" "))
        type(&state, "Справка")
        press(&state, .enter)
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.doneOn == Fixture.asOf)
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.current?.at == "2021-04-20T09:30:00+10:00")
        #expect(state.message?.text == "1.1: выполнено 01.03.2021")
        #expect(state.view.overdue.allSatisfy { $0.measure.id != "1.1" })
        press(&state, .enter)
        let text = App.render(state).lines.joined(separator: "\n")
        #expect(text.contains("✓ муниципальный уровень — Выполнено 01.03.2021"))
        #expect(text.contains("Отмечено 20.04.2021 — позже даты «по состоянию на» 01.03.2021"))
        #expect(!text.contains("на эту дату не учтено"))
    }

    @Test func aMarkOnTheAsOfDateNeedsNoRemark() {
        var state = Fixture.state(width: 120, height: 40)
        press(&state, .character(" "), .enter)
        #expect(state.message?.text == "1.1: выполнено 01.03.2021")
        press(&state, .enter)
        #expect(!App.render(state).lines.joined().contains("позже даты"))
    }

    @Test func fourDigitDayCountsKeepTheirColumn() {
        let state = Fixture.state(width: 80, height: 24, asOf: Fixture.day(2024, 6, 1))
        let grid = App.render(state)
        let title = grid.find("Просрочено:")!
        let first = grid.line(title.y + 1)
        #expect(first.contains("! 1309 дн. 1.1."), "\(first)")
    }
}
