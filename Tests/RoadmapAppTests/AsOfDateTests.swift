import Testing
import RoadmapModel
@testable import RoadmapApp

@Suite struct AsOfDateTests {
    @Test func bracketsStepAMonthAndThePanesFollow() {
        var state = Fixture.state()
        #expect(state.summary.overdueCount == 5)
        press(&state, .character("]"))
        #expect(state.asOf == Fixture.day(2021, 4, 1))
        // March of «Ежемесячно» is now late too.
        #expect(state.summary.overdueCount == 6)
        #expect(state.view.overdue.first?.daysOverdue == 152)
        #expect(App.render(state).line(0).contains("по состоянию на 01.04.2021"))
        press(&state, .character("["), .character("х"))
        #expect(state.asOf == Fixture.day(2021, 2, 1))
        #expect(state.summary.overdueCount == 4)
        press(&state, .character("t"))
        #expect(state.asOf == Fixture.today)
        #expect(state.summary.overdueCount == 5)
    }

    @Test func theSelectedOccurrenceFollowsTheDate() {
        var state = Fixture.state()
        while state.selectedMeasure?.id != "2.1" { press(&state, .down) }
        #expect(state.selectedWindow?.end == Fixture.day(2021, 3, 31))
        press(&state, .character("ъ"))
        #expect(state.selectedWindow?.end == Fixture.day(2021, 4, 30))
    }

    @Test func anAsOfDateLeftAtTodayMovesWithTheClock() {
        var state = Fixture.state()
        _ = App.update(&state, .today(Fixture.day(2021, 3, 2)))
        #expect(state.asOf == Fixture.day(2021, 3, 2))
        press(&state, .character("["))
        _ = App.update(&state, .today(Fixture.day(2021, 3, 3)))
        #expect(state.asOf == Fixture.day(2021, 2, 2), "a chosen date stays")
        #expect(state.today == Fixture.day(2021, 3, 3))
        #expect(App.render(state).contains("(сегодня 03.03.2021)"))
    }

    @Test func theClockStampsMarks() {
        var state = Fixture.state()
        _ = App.update(&state, .clock("2021-03-01T17:45:00+10:00"))
        press(&state, .character("p"))
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.current?.at == "2021-03-01T17:45:00+10:00")
    }
}
