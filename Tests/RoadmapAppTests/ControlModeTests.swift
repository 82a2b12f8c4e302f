import Testing
import RoadmapModel
@testable import RoadmapApp

@Suite struct ControlModeTests {
    @Test(arguments: RenderTests.sizes)
    func groupsByResponsibleWithCounts(width: Int, height: Int) {
        let grid = App.render(Fixture.state(.control, width: width, height: height))
        #expect(grid.line(0).contains("Час контроля — город Владивосток"))
        #expect(grid.line(0).contains("по состоянию на 01.03.2021"))
        // One line a measure: 2.1 gathers its January and February meetings,
        // 1.2 its two schools; the groups add up to the total.
        #expect(grid.line(1).contains("Просрочено мероприятий: 3 · новых за месяц: 0 · по ответственным"))
        let first = grid.find("Отдел общего образования УРМУО — 2 мероприятия ──")
        #expect(first?.y == 3)
        #expect(first.map { grid[$0.x, $0.y].role } == .title)
        #expect(grid.line(4).hasPrefix("   121 день  1.1. Проведение анализа"))
        // Right-aligned day counts; 2.1 was late in January already: not new.
        #expect(grid.line(5).hasPrefix("    29 дней  2.1. Час контроля с директорами школ — январь, февраль"))
        #expect(!grid.contains("новое"))
        #expect(grid.line(6).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(grid.line(7).contains("Руководители ОО — 1 мероприятие ──"))
        #expect(grid.line(8).hasPrefix("    60 дней  1.2. Разработка программ перехода"))
        #expect(grid.line(8).contains("— СОШ № 7 Соль-Илецк, Хамидие"))
        #expect(grid.line(9).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!grid.contains("Школы"), "only the overdue items")
        let days = grid.find("121 день")!
        #expect(grid[days.x, days.y].role == .overdue)
    }

    @Test func gGroupsBySchoolAndBack() {
        var state = Fixture.state(.control, width: 120, height: 40)
        press(&state, .character("g"))
        #expect(state.grouping == .school)
        let grid = App.render(state)
        // By school 1.2 stands under each of its two schools: four in all.
        #expect(grid.line(1).contains("Просрочено по школам: 4 (мероприятий: 3) · новых за месяц: 0 · по школам"))
        #expect(grid.find("муниципальные мероприятия — 2 мероприятия")?.y == 3)
        #expect(grid.contains("СОШ № 7 Соль-Илецк — 1 мероприятие"))
        #expect(grid.contains("Хамидие — 1 мероприятие"))
        #expect(grid.contains("— Отдел общего образования УРМУО"))
        press(&state, .character("п"))
        #expect(state.grouping == .responsible)
    }

    @Test func anItemWithSeveralResponsibleCountsUnderTheFirstNamed() {
        var data = Fixture.data
        data.measures[0].responsible = ["ИМЦ", "Отдел общего образования УРМУО"]
        let state = Fixture.state(.control, data: data)
        let groups = state.view.control.compactMap { row -> String? in
            if case .group(let title, let count, _) = row { return "\(title) \(count)" }
            return nil
        }
        #expect(groups == ["ИМЦ 1", "Отдел общего образования УРМУО 1", "Руководители ОО 1"])
        let grid = App.render(state)
        #expect(grid.line(1).contains("Просрочено мероприятий: 3"), "the groups add up to the total")
        let row = grid.lines.first { $0.contains("1.1. Проведение анализа") } ?? ""
        #expect(row.contains("— также: Отдел общего образования УРМУО"), "\(row)")
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
        #expect(grid.line(1).contains("Просрочено мероприятий: 3 · новых за месяц: 0"))
        press(&state, .character("х"), .character("х"))
        grid = App.render(state)
        #expect(grid.line(1).contains("Просрочено мероприятий: 3 · новых за месяц: 1"))
        press(&state, .character("t"))
        #expect(state.asOf == Fixture.today)
    }

    @Test func arrowsScrollAndQQuits() {
        var state = Fixture.state(.control, width: 80, height: 16)
        #expect(state.view.control.count == 6, "two group titles, three measures, one gap")
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
