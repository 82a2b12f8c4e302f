/// Arrow, page and Home/End keys: inside the focused pane, or scrolling
/// the detail while it is open.
enum Navigation {
    static func move(_ action: Action, _ state: inout AppState) {
        let layout = state.layout
        let area = layout.area(state.focus)
        if state.detailOpen, area.overlaps(layout.detail), !layout.floats(state.focus) {
            scrollDetail(action, page: layout.detailRows, &state)
            if action == .left || action == .right { stepOccurrence(action, &state) }
            return
        }
        let pane = state.focus.view
        pane.move(action, page: pane.visibleRows(area), &state)
    }

    /// The new index for a plain list of `count` rows.
    static func target(_ action: Action, from index: Int, count: Int, page: Int) -> Int {
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

    /// Left/Right walk the occurrences of a recurring measure.
    static func stepOccurrence(_ action: Action, _ state: inout AppState) {
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
        let layout = state.layout
        let lines = DetailView.lines(state, width: DetailView.textWidth(layout.detail.inner)).count
        state.detailScroll = max(0, min(state.detailScroll, lines - layout.detailRows))
    }
}
