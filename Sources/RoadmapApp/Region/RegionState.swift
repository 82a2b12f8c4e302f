import RoadmapModel

/// The two panes of the region's screen, in Tab order.
public enum RegionPane: Hashable, Sendable, CaseIterable {
    case municipalities
    case overdue
}

/// The region's dashboard: every municipality on one screen. Changed only
/// by `RegionApp.update`.
public struct RegionState: Hashable, Sendable {
    public internal(set) var rows: [MunicipalityRow]
    public internal(set) var overdue: [RegionOverdueRow]
    public internal(set) var asOf: Day
    public internal(set) var size: (width: Int, height: Int)
    public internal(set) var focus: RegionPane = .municipalities
    public internal(set) var selected: [RegionPane: Int] = [:]
    public internal(set) var message: String?
    public internal(set) var shouldQuit = false

    public init(rows: [MunicipalityRow], overdue: [RegionOverdueRow], asOf: Day, width: Int, height: Int) {
        self.rows = rows
        self.overdue = overdue
        self.asOf = asOf
        size = (width, height)
    }

    func count(_ pane: RegionPane) -> Int { pane == .municipalities ? rows.count : overdue.count }

    func selection(_ pane: RegionPane) -> Int { min(selected[pane] ?? 0, max(0, count(pane) - 1)) }

    public static func == (a: RegionState, b: RegionState) -> Bool {
        a.rows == b.rows && a.overdue == b.overdue && a.asOf == b.asOf && a.size == b.size && a.focus == b.focus
            && a.selected == b.selected && a.message == b.message && a.shouldQuit == b.shouldQuit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rows)
        hasher.combine(focus)
        hasher.combine(selected)
    }
}
