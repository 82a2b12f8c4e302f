/// Where each part of the screen goes at a given size. Update uses it to
/// keep selections visible, render to draw; both get the same answer.
///
/// The screen is laid out by the width it has, as htop or lazygit collapse
/// their side panes: below `schoolsBesideWidth`, and for a roadmap without
/// schools, «Школы» takes no column of its own but opens over the left of
/// the body while it has the focus, so the timeline and «Просрочено» keep
/// their titles readable.
public struct Layout: Hashable, Sendable {
    public static let minWidth = 60
    public static let minHeight = 16
    /// From here «Школы» stands beside the timeline.
    public static let schoolsBesideWidth = 120

    public let width: Int
    public let height: Int
    /// Two lines: title and as-of date; municipality, totals and directory.
    public let header: Rect
    /// Over the body, drawn only while focused, when `schoolsFloat`.
    public let schools: Rect
    /// True when «Школы» is drawn only while it has the focus, over the others.
    public let schoolsFloat: Bool
    public let timeline: Rect
    public let overdue: Rect
    /// The detail covers the timeline and overdue panes while open.
    public let detail: Rect
    /// The focused measure's full title, under the panes (none on short screens).
    public let caption: Rect
    /// Messages, or the one-line editor.
    public let status: Rect
    public let hints: Rect
    /// «Час контроля»: the list below its two header lines.
    public let control: Rect

    public init(width: Int, height: Int, hasSchools: Bool = true) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 2)
        status = Rect(x: 0, y: height - 2, width: width, height: 1)
        hints = Rect(x: 0, y: height - 1, width: width, height: 1)
        // A long title takes three lines at 80 columns, two from 120.
        let captionHeight = height >= 24 ? (width >= Layout.schoolsBesideWidth ? 2 : 3) : 0
        let bodyTop = 2, bodyHeight = max(0, height - 4 - captionHeight)
        caption = Rect(x: 0, y: bodyTop + bodyHeight, width: width, height: captionHeight)
        // Without schools the pane still opens over the body: it is where
        // the first school is added.
        schoolsFloat = !(hasSchools && width >= Layout.schoolsBesideWidth)
        // Opened over the timeline it may be wider: names stand whole.
        let schoolsWidth = schoolsFloat ? min(44, max(34, width * 2 / 5)) : min(44, max(24, width / 4))
        let left = schoolsFloat ? 0 : schoolsWidth
        let right = Rect(x: left, y: bodyTop, width: width - left, height: bodyHeight)
        let overdueHeight = max(5, bodyHeight * 35 / 100)
        timeline = Rect(x: right.x, y: bodyTop, width: right.width, height: bodyHeight - overdueHeight)
        // Opened over the timeline only: «Просрочено» below still shows
        // what the school chosen has late.
        schools = Rect(x: 0, y: bodyTop, width: schoolsWidth, height: schoolsFloat ? timeline.height : bodyHeight)
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

    /// True for a pane drawn only while focused, over the others.
    public func floats(_ pane: Pane) -> Bool { pane == .schools && schoolsFloat }

    /// List rows a pane shows (`PaneView.visibleRows`).
    public func rows(_ pane: Pane) -> Int { pane.view.visibleRows(area(pane)) }
    public var schoolsRows: Int { rows(.schools) }
    public var timelineRows: Int { rows(.timeline) }
    public var overdueRows: Int { rows(.overdue) }
    public var detailRows: Int { max(0, detail.height - 2) }
    public var controlRows: Int { control.height }
}

extension AppState {
    /// The layout at the current size, for the current data.
    public var layout: Layout {
        Layout(width: size.width, height: size.height, hasSchools: !data.schools.isEmpty)
    }
}

extension Rect {
    /// True when the two share a cell (the detail lies over this pane).
    public func overlaps(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}
