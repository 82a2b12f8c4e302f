/// One pane of the coordinator's screen, whole: how many rows it lists,
/// how many it shows, how the keys move in it and how it is drawn. The
/// state keeps its list position (`AppState.lists`), `Layout.area` its
/// place, and `Pane.view` names it — a new pane is a case, a place and
/// one type conforming to this.
protocol PaneView {
    /// Rows its list has; the selection stays among them.
    static func count(_ state: AppState) -> Int
    /// List rows visible in `area` (border and headings taken off).
    static func visibleRows(_ area: Rect) -> Int
    /// Rows of context kept on each side of the selection.
    static func margin(visible: Int) -> Int
    /// Arrows, pages, Home and End while it has the focus.
    static func move(_ action: Action, page: Int, _ state: inout AppState)
    static func draw(_ state: AppState, in area: Rect, into grid: inout Grid)
}

extension PaneView {
    static func margin(visible: Int) -> Int { 0 }

    /// A bordered list: one row under the top border, one above the bottom.
    static func visibleRows(_ area: Rect) -> Int { max(0, area.height - 2) }
}
