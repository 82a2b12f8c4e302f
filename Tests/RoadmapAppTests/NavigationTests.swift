import Testing
import RoadmapModel
@testable import RoadmapApp

@Suite struct NavigationTests {
    @Test func tabAndShiftTabCycleThePanes() {
        var state = Fixture.state()
        press(&state, .tab)
        #expect(state.focus == .overdue)
        press(&state, .tab)
        #expect(state.focus == .schools)
        press(&state, .backTab, .backTab)
        #expect(state.focus == .timeline)
        let grid = App.render(state)
        let title = grid.find("Дорожная карта")!
        #expect(grid[title.x, title.y].role == .borderFocused)
        #expect(grid[0, 2].role == .border)
    }

    @Test func movingSkipsSectionTitles() {
        var state = Fixture.state()
        press(&state, .down)
        #expect(state.selectedMeasure?.id == "1.2")
        press(&state, .down)
        #expect(state.selectedMeasure?.id == "2.1")
        press(&state, .end)
        #expect(state.selectedMeasure?.id == "3.3")
        press(&state, .home)
        #expect(state.selectedMeasure?.id == "1.1")
        #expect(state.timelineList.scroll == 0)
        press(&state, .up)
        #expect(state.selectedMeasure?.id == "1.1")
    }

    @Test func pagesMoveByTheVisibleRows() {
        var state = Fixture.state(width: 80, height: 16)
        let visible = Layout(width: 80, height: 16).timelineRows
        #expect(visible == 4)
        press(&state, .pageDown)
        #expect(state.timelineList.selected >= 1 + visible - 1)
        #expect(state.timelineList.selected < state.timelineList.scroll + visible)
        press(&state, .pageDown, .pageDown, .pageDown)
        #expect(state.selectedMeasure?.id == "3.3")
        #expect(state.timelineList.scroll + visible == state.view.rows.count)
        let grid = App.render(state)
        let row = grid.find("3.3.")
        #expect(row.map { grid[$0.x, $0.y].role } == .selection)
        press(&state, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(state.selectedMeasure?.id == "1.1")
    }

    @Test func detailScrollsWithinItsLines() {
        var state = Fixture.state(width: 80, height: 16)
        press(&state, .down, .enter)
        press(&state, .end)
        let lines = DetailView.lines(state, width: Layout(width: 80, height: 16).detail.inner.width - 2).count
        #expect(state.detailScroll == lines - Layout(width: 80, height: 16).detailRows)
        #expect(state.detailScroll > 0)
        press(&state, .up)
        #expect(state.detailScroll == lines - Layout(width: 80, height: 16).detailRows - 1)
        press(&state, .home)
        #expect(state.detailScroll == 0)
    }

    /// 2,000 schools: the panes lay out only visible rows, and moving
    /// through the list neither loses the selection nor recounts.
    @Test func twoThousandSchools() {
        var data = Fixture.data
        data.schools = (1...2000).map { School(id: "school-\($0)", name: "МБОУ СОШ № \($0)", shortName: "Школа № \($0)") }
        var state = Fixture.state(width: 80, height: 24, data: data)
        #expect(state.summary.overdueBySchool.count == 2000)
        #expect(state.summary.overdueCount == 1 + 2000 + 2)
        press(&state, .backTab, .end)
        #expect(state.schoolsList.selected == 2000)
        #expect(state.filters.school == "school-2000")
        var grid = App.render(state)
        #expect(grid.contains("Школа № 2000"))
        #expect(!grid.contains("Все школы"))
        #expect(state.view.overdue.map(\.key) == [ProgressKey(measure: "1.2", school: "school-2000")])
        press(&state, .pageUp)
        #expect(state.schoolsList.selected == 2000 - (Layout(width: 80, height: 24).schoolsRows - 1))
        press(&state, .home)
        grid = App.render(state)
        #expect(grid.contains("Все школы"))
        #expect(state.filters.school == nil)
    }
}
