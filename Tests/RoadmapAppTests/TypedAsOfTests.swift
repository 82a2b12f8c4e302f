import Testing
import RoadmapModel
@testable import RoadmapApp

/// `y`: the as-of date typed on the bottom line, read in the roadmap's
/// period — instead of dozens of `[`.
@Suite struct TypedAsOfTests {
    @Test func aTypedDateBecomesTheAsOfDate() {
        var state = Fixture.state()
        press(&state, .character("y"))
        guard case .asOf = state.input else {
            Issue.record("y should open the date line")
            return
        }
        type(&state, "15.12.2020")
        #expect(state.asOf == Fixture.asOf, "nothing changes before Enter")
        press(&state, .enter)
        #expect(state.input == .none)
        #expect(state.asOf == Fixture.day(2020, 12, 15))
        #expect(state.message?.text == "по состоянию на 15.12.2020")
        #expect(state.summary.overdue == Summary(data: state.data, schedule: state.schedule, asOf: state.asOf).overdue)
    }

    /// The Vladivostok fixture is an academic year: «октябрь» is 2020's,
    /// «01.03» and «май» 2021's.
    @Test func shortFormsFollowTheAcademicYear() {
        let cases: [(String, Day)] = [("октябрь", Fixture.day(2020, 10, 31)), ("01.03", Fixture.day(2021, 3, 1)),
                                      ("май", Fixture.day(2021, 5, 31)), ("1 ноября", Fixture.day(2020, 11, 1)),
                                      ("конец четверти", Fixture.day(2021, 3, 31))]
        for (text, day) in cases {
            var state = Fixture.state()
            press(&state, .character("y"))
            type(&state, text)
            press(&state, .enter)
            #expect(state.asOf == day, "\(text)")
        }
    }

    /// The Russian layout reaches the key too: `н` is on the key of `y`.
    @Test func нOpensTheDateLineAndTheHelpListsTheKey() {
        var state = Fixture.state()
        press(&state, .character("н"))
        #expect(state.input == .asOf(DateField()))
        press(&state, .escape)
        #expect(state.input == .none)
        #expect(state.asOf == Fixture.asOf)
        press(&state, .character("?"))
        let help = App.render(state)
        #expect(help.contains("y/н"))
        #expect(help.contains("дата: ввести"))
    }

    /// A date not understood keeps the line open, with why beside it; the
    /// text typed is still there to be corrected.
    @Test(arguments: [(80, 24), (120, 40)])
    func aDateNotUnderstoodIsSaidBesideTheField(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        press(&state, .character("y"))
        let empty = App.render(state).line(height - 2)
        #expect(empty.hasPrefix("По состоянию на:  например 01.03.2022, 01.03, март"), "\(empty)")
        type(&state, "мартобря")
        press(&state, .enter)
        #expect(state.asOf == Fixture.asOf)
        let line = App.render(state).line(height - 2)
        #expect(line.hasPrefix("По состоянию на: мартобря"), "\(line)")
        #expect(line.contains("✗ не понята дата"), "\(line)")
        press(&state, .backspace)
        #expect(!App.render(state).line(height - 2).contains("✗"), "the reason goes once the text changes")
        press(&state, .control("u"))
        type(&state, "март")
        press(&state, .enter)
        #expect(state.asOf == Fixture.day(2021, 3, 31))
    }

    /// In «час контроля» too: the head of department picks the meeting's day.
    @Test func theControlScreenTakesATypedDate() {
        var state = Fixture.state(.control)
        press(&state, .character("y"))
        type(&state, "01.02.2021")
        press(&state, .enter)
        #expect(state.asOf == Fixture.day(2021, 2, 1))
        #expect(state.data == Fixture.data)
    }
}
