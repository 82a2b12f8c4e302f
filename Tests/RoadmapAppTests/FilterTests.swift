import Testing
import RoadmapModel
@testable import RoadmapApp

@Suite struct FilterTests {
    func measureIds(_ state: AppState) -> [String] {
        state.view.rows.compactMap { row in
            if case .measure(let i) = row { return state.data.measures[i].id }
            return nil
        }
    }

    @Test func searchFoldsCaseAndЁ() {
        var state = Fixture.state()
        press(&state, .character("/"))
        type(&state, "УЧЕТ емкости")
        #expect(measureIds(state) == ["3.2"], "the title is «Учёт ёмкости …»")
        #expect(state.view.rows.first == .section(number: "III", title: "Методическое сопровождение"))
        press(&state, .enter)
        #expect(state.input == .none)
        #expect(state.filters.search == "УЧЕТ емкости")
        #expect(state.selectedMeasure?.id == "3.2")
        #expect(App.render(state).contains("поиск: «УЧЕТ емкости»"))
        press(&state, .escape)
        #expect(state.filters.search.isEmpty)
        #expect(measureIds(state).count == 8)
    }

    @Test func searchIsAppliedAsItIsTypedAndEscapeDropsIt() {
        var state = Fixture.state()
        press(&state, .character("."))  // `/` with the Russian layout on
        type(&state, "ёмк")
        #expect(measureIds(state) == ["3.2"])
        press(&state, .backspace, .backspace, .backspace)
        type(&state, "школ")
        #expect(measureIds(state) == ["1.1", "1.2", "2.1", "2.3", "3.1", "3.3"])
        press(&state, .escape)
        #expect(state.filters.search.isEmpty)
        #expect(state.input == .none)
    }

    @Test func searchNarrowsTheOverduePaneToo() {
        var state = Fixture.state()
        press(&state, .character("/"))
        type(&state, "час контроля")
        press(&state, .enter)
        #expect(state.view.overdue.map(\.measure.id) == ["2.1", "2.1"])
        #expect(state.summary.overdueCount == 5, "the header still counts everything")
    }

    @Test func responsibleFilter() {
        var state = Fixture.state()
        press(&state, .character("r"))
        type(&state, "имц")
        press(&state, .enter)
        #expect(measureIds(state) == ["2.2", "2.3", "3.1"])
        #expect(state.view.overdue.isEmpty)
        let screen = App.render(state)
        #expect(screen.contains("ответственный: имц"))
        #expect(screen.contains("по фильтру просроченных нет: x — сбросить фильтры"), "not «нет» for the whole roadmap")
        #expect(!screen.contains("просроченных мероприятий нет"))
    }

    @Test func sectionFilterCyclesThroughSections() {
        var state = Fixture.state()
        press(&state, .character("s"))
        #expect(measureIds(state) == ["1.1", "1.2"])
        #expect(state.message?.text == "раздел I. Диагностический этап")
        press(&state, .character("ы"), .character("s"))
        #expect(measureIds(state) == ["3.1", "3.2", "3.3"])
        press(&state, .character("s"))
        #expect(state.filters.section == nil)
        #expect(state.message?.text == "все разделы")
    }

    @Test func statusFilter() {
        var state = Fixture.state()
        press(&state, .character("f"))
        #expect(state.filters.status == .overdue)
        #expect(measureIds(state) == ["1.1", "1.2", "2.1"])
        press(&state, .character("f"))
        #expect(measureIds(state) == ["2.2"])
        press(&state, .character("f"))
        // The filter matches what the timeline draws: with all schools, 2.2
        // is in progress (Хамидие started) and 1.2 is late (two schools are).
        #expect(state.filters.status == .upcoming)
        #expect(measureIds(state) == ["2.1", "3.1"])
        press(&state, .character("f"))
        #expect(measureIds(state) == ["2.1", "3.2"])
    }

    @Test func choosingASchoolFiltersTheOtherPanes() {
        var state = Fixture.state()
        press(&state, .backTab)
        #expect(state.focus == .schools)
        press(&state, .down, .down)
        #expect(state.filters.school == "khamidie")
        #expect(measureIds(state) == ["1.2", "2.2", "3.3"])
        #expect(state.view.overdue.map(\.key) == [ProgressKey(measure: "1.2", school: "khamidie")])
        #expect(state.view.statuses["2.2"] == [.inProgress])
        #expect(state.view.statuses["3.3"] == [.cancelled])
        press(&state, .home)
        #expect(state.filters.school == nil)
        #expect(measureIds(state).count == 8)
    }

    @Test func clearingDropsEveryFilter() {
        var state = Fixture.state()
        press(&state, .backTab, .down, .tab, .character("f"), .character("s"))
        #expect(state.filters != Filters())
        press(&state, .character("x"))
        #expect(state.filters == Filters())
        #expect(state.schoolsList.selected == 0)
        #expect(measureIds(state).count == 8)
    }

    @Test func nothingFoundSaysHowToGetBack() {
        var state = Fixture.state()
        press(&state, .character("/"))
        type(&state, "такого нет")
        #expect(state.view.rows.isEmpty)
        #expect(state.selectedMeasure == nil)
        #expect(App.render(state).contains("ничего не найдено: x — сбросить фильтры"))
        #expect(press(&state, .enter).isEmpty)
        #expect(press(&state, .character(" ")).isEmpty)
        #expect(state.message?.text == "нечего отмечать: выберите мероприятие")
    }
}
