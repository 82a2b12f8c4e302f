/// Arrow, page and Home/End keys: inside the focused pane, or scrolling
/// the detail while it is open.
enum Navigation {
    static func move(_ action: Action, _ state: inout AppState) {
        let layout = Layout(width: state.size.width, height: state.size.height)
        if state.detailOpen, state.focus != .schools {
            scrollDetail(action, page: layout.detailRows, &state)
            if action == .left || action == .right { stepOccurrence(action, &state) }
            return
        }
        switch state.focus {
        case .schools: moveSchools(action, page: layout.schoolsRows, &state)
        case .timeline: moveTimeline(action, page: layout.timelineRows, &state)
        case .overdue: moveOverdue(action, page: layout.overdueRows, &state)
        }
        state.revealSelections()
    }

    /// The new index for a plain list of `count` rows.
    private static func target(_ action: Action, from index: Int, count: Int, page: Int) -> Int {
        let step = max(1, page - 1)
        let next: Int
        switch action {
        case .up: next = index - 1
        case .down: next = index + 1
        case .pageUp: next = index - step
        case .pageDown: next = index + step
        case .home: next = 0
        case .end: next = count - 1
        default: next = index
        }
        return max(0, min(count - 1, next))
    }

    /// Moving in «Школы» is choosing the school the other panes show.
    private static func moveSchools(_ action: Action, page: Int, _ state: inout AppState) {
        let index = target(action, from: state.schoolsList.selected, count: state.view.schools.count + 1, page: page)
        guard index != state.schoolsList.selected else { return }
        state.schoolsList.selected = index
        let school = index == 0 ? nil : state.view.schools[index - 1].id
        state.setFilters { $0.school = school }
        state.overdueList = ListPosition()
    }

    private static func moveTimeline(_ action: Action, page: Int, _ state: inout AppState) {
        if action == .left || action == .right { stepOccurrence(action, &state); return }
        let rows = state.view.rows
        guard !rows.isEmpty else { return }
        let from = state.timelineList.selected
        let wanted = target(action, from: from, count: rows.count, page: page)
        let forward = wanted >= from && action != .home && action != .pageUp && action != .up
        let found = forward
            ? state.firstMeasureRow(from: wanted, step: 1) ?? state.firstMeasureRow(from: wanted, step: -1)
            : state.firstMeasureRow(from: wanted, step: -1) ?? state.firstMeasureRow(from: wanted, step: 1)
        guard let row = found, row != from else {
            // Nothing above the first measure but its section title: show it.
            if action == .up || action == .home || action == .pageUp { state.timelineList.scroll = 0 }
            return
        }
        state.timelineList.selected = row
        state.occurrence = state.defaultOccurrence()
        if action == .home { state.timelineList.scroll = 0 }
    }

    private static func moveOverdue(_ action: Action, page: Int, _ state: inout AppState) {
        guard !state.view.overdue.isEmpty else { return }
        state.overdueList.selected = target(action, from: state.overdueList.selected,
                                            count: state.view.overdue.count, page: page)
    }

    /// Left/Right walk the occurrences of a recurring measure.
    private static func stepOccurrence(_ action: Action, _ state: inout AppState) {
        guard state.focus == .timeline else { return }
        let step = action == .left ? -1 : 1
        state.occurrence = max(0, min(state.windowCount - 1, state.occurrence + step))
    }

    private static func scrollDetail(_ action: Action, page: Int, _ state: inout AppState) {
        switch action {
        case .up: state.detailScroll -= 1
        case .down: state.detailScroll += 1
        case .pageUp: state.detailScroll -= max(1, page - 1)
        case .pageDown: state.detailScroll += max(1, page - 1)
        case .home: state.detailScroll = 0
        case .end: state.detailScroll = Int.max / 2
        default: break
        }
        let layout = Layout(width: state.size.width, height: state.size.height)
        let lines = DetailView.lines(state, width: layout.detail.inner.width).count
        state.detailScroll = max(0, min(state.detailScroll, lines - layout.detailRows))
    }
}
