import RoadmapModel

/// What the terminal tells the region's screen.
public enum RegionMsg: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A municipality's own dashboard was closed; why it did not open, if it did not.
    case returned(problem: String?)
}

/// What the region's screen asks the terminal to do.
public enum RegionEffect: Hashable, Sendable {
    /// Open this municipality's own dashboard, read-only, then send `.returned`.
    case open(folder: String, name: String)
    case quit
}

/// The region's screen: «Муниципалитеты» and the region's overdue list.
/// Enter opens the chosen municipality's own dashboard read-only. Pure,
/// as `App` is.
public enum RegionApp {
    public static func update(_ state: inout RegionState, _ msg: RegionMsg) -> [RegionEffect] {
        switch msg {
        case .resize(let width, let height):
            state.size = (width, height)
        case .returned(let problem):
            state.message = problem
        case .key(let key):
            state.message = nil
            return handle(Keymap.action(for: key, in: .coordinator), &state)
        }
        return []
    }

    public static func render(_ state: RegionState) -> Grid {
        RegionView.render(state)
    }

    private static func handle(_ action: Action?, _ state: inout RegionState) -> [RegionEffect] {
        let pane = state.focus
        let count = state.count(pane)
        let current = state.selection(pane)
        let page = max(1, RegionView.visibleRows(pane, state) - 1)
        switch action {
        case .quit?:
            state.shouldQuit = true
            return [.quit]
        case .nextPane?, .previousPane?:
            state.focus = pane == .municipalities ? .overdue : .municipalities
        case .up?: state.selected[pane] = max(0, current - 1)
        case .down?: state.selected[pane] = min(max(0, count - 1), current + 1)
        case .pageUp?: state.selected[pane] = max(0, current - page)
        case .pageDown?: state.selected[pane] = min(max(0, count - 1), current + page)
        case .home?: state.selected[pane] = 0
        case .end?: state.selected[pane] = max(0, count - 1)
        case .open?:
            return open(state, &state.message)
        default:
            break
        }
        return []
    }

    /// The municipality of the selected line — in the overdue pane, the
    /// one the late measure belongs to.
    private static func open(_ state: RegionState, _ message: inout String?) -> [RegionEffect] {
        let folder: String, name: String
        switch state.focus {
        case .municipalities:
            guard !state.rows.isEmpty else { return [] }
            let row = state.rows[state.selection(.municipalities)]
            if let gap = row.gap {
                message = "\(row.name): \(gap)"
                return []
            }
            (folder, name) = (row.folder, row.name)
        case .overdue:
            guard !state.overdue.isEmpty else { return [] }
            let row = state.overdue[state.selection(.overdue)]
            (folder, name) = (row.folder, row.municipality)
        }
        return [.open(folder: folder, name: name)]
    }
}
