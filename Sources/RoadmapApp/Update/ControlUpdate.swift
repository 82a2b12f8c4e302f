/// «Час контроля»: scrolling and grouping only; nothing here can change the data.
enum ControlUpdate {
    static func perform(_ action: Action, _ state: inout AppState) {
        let page = max(1, state.layout.controlRows)
        switch action {
        case .up: state.controlScroll -= 1
        case .down: state.controlScroll += 1
        case .pageUp: state.controlScroll -= page
        case .pageDown: state.controlScroll += page
        case .home: state.controlScroll = 0
        case .end: state.controlScroll = state.view.control.count
        case .toggleGrouping:
            state.grouping = state.grouping == .responsible ? .school : .responsible
            state.controlScroll = 0
            state.viewChanged()
        default: break
        }
    }
}
