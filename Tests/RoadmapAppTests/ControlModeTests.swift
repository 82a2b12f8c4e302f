import Testing
import RoadmapModel
@testable import RoadmapApp

@Suite struct ControlModeTests {
    @Test(arguments: RenderTests.sizes)
    func groupsByResponsibleWithCounts(width: Int, height: Int) {
        let grid = App.render(Fixture.state(.control, width: width, height: height))
        #expect(grid.line(0).contains("Час контроля — город Владивосток"))
        #expect(grid.line(0).contains("по состоянию на 01.03.2021"))
        #expect(grid.line(1).contains("Просрочено: 5 · новых с прошлого месяца: 1 · группировка: по ответственным"))
        let first = grid.find("Отдел общего образования УРМУО — 3, новых 1")
        #expect(first?.y == 3)
        #expect(first.map { grid[$0.x, $0.y].role } == .title)
        #expect(grid.line(4).contains("121 день   1.1."))
        #expect(grid.line(5).contains("29 дней    2.1."))
        // The February meeting is new: it fell due after 01.02.2021.
        #expect(grid.line(6).contains("новое  1 день     2.1."))
        #expect(grid.line(7).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(grid.line(8).contains("Руководители ОО — 2"))
        #expect(grid.line(9).contains("60 дней    1.2."))
        #expect(grid.line(9).contains("— СОШ № 7 Соль-Илецк") || width < 100)
        #expect(!grid.contains("Школы"), "only the overdue items")
        let days = grid.find("121 день")!
        #expect(grid[days.x, days.y].role == .overdue)
    }

    @Test func gGroupsBySchoolAndBack() {
        var state = Fixture.state(.control, width: 120, height: 40)
        press(&state, .character("g"))
        #expect(state.grouping == .school)
        let grid = App.render(state)
        #expect(grid.line(1).contains("группировка: по школам"))
        #expect(grid.find("муниципальные мероприятия — 3, новых 1")?.y == 3)
        #expect(grid.contains("СОШ № 7 Соль-Илецк — 1"))
        #expect(grid.contains("Хамидие — 1"))
        #expect(grid.contains("— Отдел общего образования УРМУО"))
        press(&state, .character("п"))
        #expect(state.grouping == .responsible)
    }

    @Test func anItemWithSeveralResponsibleCountsUnderEach() {
        var data = Fixture.data
        data.measures[0].responsible = ["ИМЦ", "Отдел общего образования УРМУО"]
        let state = Fixture.state(.control, data: data)
        let groups = state.view.control.compactMap { row -> String? in
            if case .group(let title, let count, _) = row { return "\(title) \(count)" }
            return nil
        }
        #expect(groups == ["Отдел общего образования УРМУО 3", "Руководители ОО 2", "ИМЦ 1"])
        #expect(App.render(state).line(1).contains("Просрочено: 5"), "the total counts each item once")
    }

    @Test func refusesMarksWithoutChangingAnything() {
        var state = Fixture.state(.control)
        for key: Key in [.character(" "), .character("d"), .character("в"), .character("p"), .character("u"),
                         .character("c")] {
            #expect(press(&state, key).isEmpty)
            #expect(state.message?.text == "час контроля: только просмотр, изменения не сохраняются")
            #expect(state.input == .none)
        }
        #expect(state.data == Fixture.data)
        #expect(App.render(state).contains("час контроля: только просмотр"))
    }

    @Test func datesStepAndTheListFollows() {
        var state = Fixture.state(.control)
        press(&state, .character("]"))
        var grid = App.render(state)
        #expect(grid.line(0).contains("по состоянию на 01.04.2021"))
        #expect(grid.line(1).contains("Просрочено: 6 · новых с прошлого месяца: 1"))
        press(&state, .character("х"), .character("х"))
        grid = App.render(state)
        #expect(grid.line(1).contains("Просрочено: 4 · новых с прошлого месяца: 1"))
        press(&state, .character("t"))
        #expect(state.asOf == Fixture.today)
    }

    @Test func arrowsScrollAndQQuits() {
        var state = Fixture.state(.control, width: 80, height: 16)
        #expect(state.view.control.count == 8, "two group titles, five items, one gap")
        #expect(Layout(width: 80, height: 16).controlRows == 11)
        press(&state, .down)
        #expect(state.controlScroll == 0, "nothing to scroll when all fits")
        state = Fixture.state(.control, width: 80, height: 16)
        var data = Fixture.data
        data.measures += (1...20).map {
            Measure(id: "4.\($0)", number: "4.\($0).", section: "IV", title: "Мероприятие \($0)",
                    deadline: "Октябрь 2020 года", responsible: ["Сектор \($0)"])
        }
        var deadlines = Fixture.deadlines
        for i in 1...20 { deadlines["4.\(i)"] = deadlines["1.1"] }
        state = AppState(data: data, directory: "", mode: .control, today: Fixture.today,
                         width: 80, height: 16, schedule: Schedule(deadlines: deadlines))
        press(&state, .down, .down)
        #expect(state.controlScroll == 2)
        press(&state, .end)
        #expect(state.controlScroll == state.view.control.count - 11)
        press(&state, .pageUp)
        #expect(state.controlScroll == state.view.control.count - 22)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func emptyListIsCalm() {
        var data = Fixture.data
        data.measures = []
        let grid = App.render(Fixture.state(.control, data: data))
        #expect(grid.contains("Просроченных мероприятий нет."))
    }
}
