import RoadmapModel

/// What a key means, independent of the key and of the keyboard layout.
public enum Action: Hashable, Sendable {
    case quit, help
    case nextPane, previousPane
    case up, down, left, right, pageUp, pageDown, home, end
    case open, close
    case toggleDone
    case mark(Status)
    case undo
    case search, filterResponsible, cycleSection, cycleStatus, clearFilters
    case monthBack, monthForward, today
    /// The as-of date typed on the bottom line.
    case typeDate
    case toggleGrouping
    /// Keeping the roadmap: forms for measures and schools, sections.
    case edit, add, delete
    case addSection, editSection, renumberSection, moveSectionUp, moveSectionDown
    case toggleFormerSchools
    /// The справка's requisites: the order, the appendix line, signature, executor.
    case editRequisites
    /// Sync the data directory through git now.
    case sync

    /// Actions that move a selection or the focus: a detail kept on a
    /// marked item (`AppState.detailPin`) lets go of it.
    var movesSelection: Bool {
        switch self {
        case .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .nextPane, .previousPane, .open, .close:
            return true
        default: return false
        }
    }

    /// Actions that would change the data.
    public var changesData: Bool {
        switch self {
        case .toggleDone, .mark, .undo: return true
        case .edit, .add, .delete, .addSection, .editSection, .renumberSection, .moveSectionUp, .moveSectionDown,
             .editRequisites:
            return true
        default: return false
        }
    }
}
