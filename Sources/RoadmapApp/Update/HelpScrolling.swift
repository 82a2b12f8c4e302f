/// While the help is open the arrows and pages scroll it, where it is
/// longer than the screen; any other key closes it.
enum HelpScrolling {
    static func handle(_ action: Action?, _ state: inout AppState) {
        let layout = HelpOverlay.Placement(state)
        let page = max(1, layout.visible - 1)
        switch action {
        case .down: state.helpScroll += 1
        case .up: state.helpScroll -= 1
        case .pageDown: state.helpScroll += page
        case .pageUp: state.helpScroll -= page
        case .home: state.helpScroll = 0
        case .end: state.helpScroll = layout.lines.count
        default:
            state.modal = .none
            state.helpScroll = 0
            return
        }
        state.helpScroll = max(0, min(state.helpScroll, layout.lines.count - layout.visible))
    }
}
