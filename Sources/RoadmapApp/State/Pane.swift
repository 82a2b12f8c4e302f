/// The three panes of the coordinator's screen, in Tab order.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case schools
    case timeline
    case overdue

    public var next: Pane { Pane.allCases[(rawValue + 1) % Pane.allCases.count] }
    public var previous: Pane { Pane.allCases[(rawValue + Pane.allCases.count - 1) % Pane.allCases.count] }

    /// What the pane lists, how it moves and how it is drawn.
    var view: any PaneView.Type {
        switch self {
        case .schools: return SchoolsPane.self
        case .timeline: return TimelinePane.self
        case .overdue: return OverduePane.self
        }
    }
}

/// A selected row and the first visible row of a list.
public struct ListPosition: Hashable, Sendable {
    public var selected: Int = 0
    public var scroll: Int = 0

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    /// Moves `scroll` just enough to show the selection in `visible` rows
    /// of a list of `count`, with `margin` rows of context above and below
    /// it where the list has them (so the selection does not sit on the
    /// pane's last line while more rows follow).
    mutating func reveal(visible: Int, count: Int, margin: Int = 0) {
        selected = max(0, min(selected, count - 1))
        guard visible > 0 else { scroll = 0; return }
        let margin = max(0, min(margin, (visible - 1) / 2))
        if selected - margin < scroll { scroll = selected - margin }
        if selected + margin >= scroll + visible { scroll = selected + margin - visible + 1 }
        scroll = max(0, min(scroll, max(0, count - visible)))
    }
}
