import Testing
@testable import RoadmapApp

/// The panes as one list: Tab order, places that do not overlap, and the
/// detail lying over the right-hand ones only.
@Suite struct PaneTests {
    @Test func tabVisitsEveryPaneInOrderAndWraps() {
        #expect(Pane.allCases.map(\.next) == [.timeline, .overdue, .schools])
        #expect(Pane.allCases.map(\.previous) == [.overdue, .schools, .timeline])
        var state = Fixture.state()
        var seen: [Pane] = []
        for _ in Pane.allCases {
            press(&state, .tab)
            seen.append(state.focus)
        }
        #expect(seen == [.overdue, .schools, .timeline])
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 16)])
    func panesShareTheScreenWithoutOverlapping(width: Int, height: Int) {
        let layout = Layout(width: width, height: height)
        // Below 120 columns «Школы» opens over the timeline only while focused.
        let beside = Pane.allCases.filter { !layout.floats($0) }
        #expect(beside == (width >= Layout.schoolsBesideWidth ? Pane.allCases : [.timeline, .overdue]))
        for a in Pane.allCases {
            #expect(!layout.area(a).isEmpty)
            for b in beside where a != b && !layout.floats(a) {
                #expect(!layout.area(a).overlaps(layout.area(b)), "\(a) \(b)")
            }
        }
        #expect(beside.filter { layout.area($0).overlaps(layout.detail) } == [.timeline, .overdue])
        #expect(!layout.area(.schools).overlaps(layout.overdue), "«Просрочено» stays in sight")
    }

    @Test func eachPaneKeepsItsOwnListPosition() {
        var state = Fixture.state()
        press(&state, .tab)
        press(&state, .down)
        #expect(state.focus == .overdue)
        #expect(state.overdueList.selected == 1)
        press(&state, .tab, .down)
        #expect(state.focus == .schools)
        #expect(state.lists[.schools]?.selected == 1)
        #expect(state.lists[.overdue]?.selected == 0, "choosing a school starts «Просрочено» from its top")
    }
}
