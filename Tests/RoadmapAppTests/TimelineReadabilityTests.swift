import Testing
import RoadmapModel
@testable import RoadmapApp

/// What a newcomer reads off the timeline without colour: which row is
/// selected, which month a column is, and what lies around the selection.
@Suite struct TimelineReadabilityTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (200, 60)]

    /// The timeline's rows as text, inside its border.
    func timelineRows(_ grid: Grid, _ layout: Layout) -> [String] {
        let inner = layout.timeline.inner
        return (inner.y + 1..<inner.maxY).map { grid.text(x: inner.x, y: $0, count: inner.width) }
    }

    @Test(arguments: sizes)
    func theSelectedRowCarriesAMarkerBesidesItsColour(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        let layout = Layout(width: width, height: height)
        var rows = timelineRows(App.render(state), layout)
        #expect(rows.filter { $0.contains("▸") }.count == 1)
        #expect(rows.first { $0.contains("▸") }?.hasPrefix("▸1.1.") == true)
        press(&state, .down)
        let grid = App.render(state)
        rows = timelineRows(grid, layout)
        #expect(rows.filter { $0.contains("▸") }.count == 1)
        #expect(rows.first { $0.contains("▸") }?.hasPrefix("▸1.2.") == true)
        #expect(rows.contains { $0.hasPrefix(" 1.1.") }, "an unselected row keeps the column blank")
        let marker = grid.find("▸1.2.")!
        #expect(grid[marker.x, marker.y].role == .selection)
        // Section titles start in the marker column, measures one further in.
        #expect(rows.contains { $0.hasPrefix("I. Диагностическ") })
    }

    @Test func atEightyColumnsEveryMonthHasAnUnambiguousFormAndTheAsOfMonthItsName() {
        let state = Fixture.state(width: 80, height: 24)
        let grid = App.render(state)
        let layout = Layout(width: 80, height: 24)
        let header = grid.text(x: layout.timeline.inner.x, y: layout.timeline.inner.y, count: layout.timeline.inner.width)
        // Academic year, as of 1 March: September … August, March named.
        // «мр»/«мй», «ин»/«ил», «ап»/«ав»: no single «М», «И», «А» standing for two months.
        #expect(header.hasSuffix(" с  о  н  д  я  ф мар ап мй ин ил ав"), "\(header)")
        #expect(!header.contains("сеноктноя"))
        let march = grid.find("мар")!
        #expect(grid[march.x, march.y].role == .today)
        #expect(grid[march.x - 1, march.y].text == " " && grid[march.x + 3, march.y].text == " ")
        // A one-letter form sits in the middle of its three columns, over the bars.
        let row = grid.find("▸1.1.")!.y
        let october = (layout.timeline.inner.x..<layout.timeline.inner.maxX).filter { grid[$0, row].text == "!" }
        #expect(october.count == 3)
        #expect(grid[october[1], march.y].text == "о")
    }

    @Test func wideScreensKeepThreeLetterNamesApart() {
        let grid = App.render(Fixture.state(width: 120, height: 40))
        let layout = Layout(width: 120, height: 40)
        let header = grid.text(x: layout.timeline.inner.x, y: layout.timeline.inner.y, count: layout.timeline.inner.width)
        #expect(header.contains("сен окт ноя дек янв фев мар апр май июн июл авг"))
    }

    /// Moving down never leaves the selection on the pane's last line while
    /// more rows follow; moving up shows what is above it.
    @Test(arguments: [(80, 16), (80, 24)])
    func theSelectionKeepsContextAboveAndBelow(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        let visible = Layout(width: width, height: height).timelineRows
        let count = state.view.rows.count
        #expect(count > visible, "the fixture must not fit, or nothing scrolls")
        var previous = -1
        while state.timelineList.selected != previous {
            previous = state.timelineList.selected
            let position = state.timelineList.selected - state.timelineList.scroll
            if state.timelineList.selected < count - 1 { #expect(position < visible - 1, "row \(previous)") }
            if state.timelineList.selected > 0 { #expect(position > 0, "row \(previous)") }
            press(&state, .down)
        }
        #expect(state.timelineList.scroll + visible == count)
        press(&state, .up)
        #expect(state.timelineList.selected - state.timelineList.scroll < visible - 1)
    }
}
