import TextWidth

/// `App.render`: the whole frame, pane by pane, into one grid.
enum FrameView {
    static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(&grid)
            return grid
        }
        if state.mode == .control {
            ControlView.draw(state, layout: layout, into: &grid)
        } else {
            HeaderView.draw(state, in: layout.header, into: &grid)
            for pane in Pane.allCases where !layout.floats(pane)
                && !(state.detailOpen && layout.area(pane).overlaps(layout.detail)) {
                pane.view.draw(state, in: layout.area(pane), into: &grid)
            }
            if state.detailOpen { DetailView.draw(state, in: layout.detail, into: &grid) }
            // A collapsed «Школы» opens over the others while it has the focus,
            // with a blank column after it so two borders never meet.
            if layout.floats(state.focus) {
                let area = layout.area(state.focus)
                grid.fill(Rect(x: area.x, y: area.y, width: area.width + 1, height: area.height))
                state.focus.view.draw(state, in: area, into: &grid)
            }
            CaptionView.draw(state, in: layout.caption, into: &grid)
        }
        if let form = state.form, state.mode != .control { FormView.draw(state, form, layout: layout, into: &grid) }
        StatusLine.draw(state, layout: layout, into: &grid)
        if state.helpOpen { HelpOverlay.draw(state, into: &grid) }
        return grid
    }

    static var tooSmallMessage: String {
        "окно слишком мало: нужно не меньше \(Layout.minWidth)×\(Layout.minHeight)"
    }

    /// Centred, wrapped to whatever width there is.
    private static func drawTooSmall(_ grid: inout Grid) {
        let lines = Wrap.lines(tooSmallMessage, width: grid.width)
            + Wrap.lines("сейчас \(grid.width)×\(grid.height)", width: grid.width)
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + i, role: i < lines.count - 1 ? .error : .muted)
        }
    }
}
