/// Where each part of the screen goes at a given size. Update uses it to
/// keep selections visible, render to draw; both get the same answer.
public struct Layout: Hashable, Sendable {
    public static let minWidth = 60
    public static let minHeight = 16

    public let width: Int
    public let height: Int
    /// Two lines: title and as-of date; municipality, totals and directory.
    public let header: Rect
    public let schools: Rect
    public let timeline: Rect
    public let overdue: Rect
    /// The detail covers the timeline and overdue panes while open.
    public let detail: Rect
    /// Messages, or the one-line editor.
    public let status: Rect
    public let hints: Rect
    /// «Час контроля»: the list below its two header lines.
    public let control: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 2)
        status = Rect(x: 0, y: height - 2, width: width, height: 1)
        hints = Rect(x: 0, y: height - 1, width: width, height: 1)
        let bodyTop = 2, bodyHeight = max(0, height - 4)
        let left = min(44, max(22, width * 3 / 10))
        schools = Rect(x: 0, y: bodyTop, width: left, height: bodyHeight)
        let right = Rect(x: left, y: bodyTop, width: width - left, height: bodyHeight)
        let overdueHeight = max(5, bodyHeight * 35 / 100)
        timeline = Rect(x: right.x, y: bodyTop, width: right.width, height: bodyHeight - overdueHeight)
        overdue = Rect(x: right.x, y: timeline.maxY, width: right.width, height: overdueHeight)
        detail = right
        control = Rect(x: 0, y: 3, width: width, height: max(0, height - 5))
    }

    public var isTooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }

    /// Where a pane of the coordinator's screen goes.
    public func area(_ pane: Pane) -> Rect {
        switch pane {
        case .schools: return schools
        case .timeline: return timeline
        case .overdue: return overdue
        }
    }

    /// List rows a pane shows (`PaneView.visibleRows`).
    public func rows(_ pane: Pane) -> Int { pane.view.visibleRows(area(pane)) }
    public var schoolsRows: Int { rows(.schools) }
    public var timelineRows: Int { rows(.timeline) }
    public var overdueRows: Int { rows(.overdue) }
    public var detailRows: Int { max(0, detail.height - 2) }
    public var controlRows: Int { control.height }
}

extension Rect {
    /// True when the two share a cell (the detail lies over this pane).
    public func overlaps(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}
