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

    /// Stepping keeps the day stepping started from where the month has it,
    /// and a month's last day stays the last day, there and back.
    @Test(arguments: [
        (Fixture.day(2021, 1, 31), ["28.02.2021", "31.03.2021", "30.04.2021"], ["31.03.2021", "28.02.2021", "31.01.2021"]),
        (Fixture.day(2021, 1, 30), ["28.02.2021", "30.03.2021", "30.04.2021"], ["30.03.2021", "28.02.2021", "30.01.2021"]),
        (Fixture.day(2021, 4, 30), ["31.05.2021", "30.06.2021", "31.07.2021"], ["30.06.2021", "31.05.2021", "30.04.2021"]),
        (Fixture.day(2021, 3, 15), ["15.04.2021", "15.05.2021", "15.06.2021"], ["15.05.2021", "15.04.2021", "15.03.2021"]),
    ])
    func monthStepsKeepTheDayTheyStartedFrom(start: Day, forward: [String], back: [String]) {
        var state = Fixture.state(asOf: start)
        var seen: [String] = []
        for _ in forward {
            press(&state, .character("]"))
            seen.append(state.asOf.russian)
        }
        #expect(seen == forward)
        #expect(App.render(state).line(0).contains("по состоянию на \(forward.last!)"))
        seen = []
        for _ in back {
            press(&state, .character("["))
            seen.append(state.asOf.russian)
        }
        #expect(seen == back)
    }

    @Test func choosingTheDateAnyOtherWayStartsStepsAfresh() {
        var state = Fixture.state(asOf: Fixture.day(2021, 1, 31))
        press(&state, .character("]"))
        #expect(state.asOf == Fixture.day(2021, 2, 28))
        // «t» goes to today (01.03.2021): steps now keep the 1st.
        press(&state, .character("t"), .character("]"))
        #expect(state.asOf == Fixture.day(2021, 4, 1))
        // Today moving on with the clock is another way of choosing the date.
        state = Fixture.state(asOf: Fixture.day(2021, 1, 31))
        press(&state, .character("["))
        #expect(state.asOf == Fixture.day(2020, 12, 31))
        press(&state, .character("t"))
        _ = App.update(&state, .today(Fixture.day(2021, 3, 29)))
        press(&state, .character("["), .character("]"))
        #expect(state.asOf == Fixture.day(2021, 3, 29), "28.02 and back to the 29th, not the 31st")
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
