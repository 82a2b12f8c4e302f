import RoadmapModel
import RoadmapStore

/// The app's whole state has one owner: the backend's loop holds an
/// `AppState` and only `update` changes it (every field is read-only
/// outside this target).
public struct AppState: Sendable {
    public internal(set) var data: RoadmapData
    public internal(set) var schedule: Schedule
    public internal(set) var mode: AppMode
    /// Shown in the header.
    public internal(set) var directory: String
    public internal(set) var today: Day
    public internal(set) var asOf: Day
    /// While `]` / `[` step the as-of date: the day of month stepping
    /// started from (31 for a month's last day). Setting the date any
    /// other way clears it (`AsOfDate`).
    var asOfAnchorDay: Int?
    public internal(set) var size: (width: Int, height: Int)
    public internal(set) var shouldQuit: Bool
    /// Who marks: written into every history entry (the login name).
    public internal(set) var user: String
    /// The current time, ISO 8601 with offset, for history entries (`Msg.clock`).
    public internal(set) var now: String

    public internal(set) var focus: Pane = .timeline
    /// Each pane's selected row and scroll.
    public internal(set) var lists: [Pane: ListPosition] = [:]
    /// Row 0 is «Все школы», row i is `view.schools[i - 1]`.
    public internal(set) var schoolsList: ListPosition {
        get { lists[.schools, default: ListPosition()] }
        set { lists[.schools] = newValue }
    }
    /// Index into `view.rows`; always a measure row or an empty section's
    /// row when there is one.
    public internal(set) var timelineList: ListPosition {
        get { lists[.timeline, default: ListPosition()] }
        set { lists[.timeline] = newValue }
    }
    /// Which window of the selected measure (for recurring ones).
    public internal(set) var occurrence = 0
    public internal(set) var overdueList: ListPosition {
        get { lists[.overdue, default: ListPosition()] }
        set { lists[.overdue] = newValue }
    }
    public internal(set) var detailOpen = false
    /// After a mark from «Просрочено» with the detail open: the occurrence
    /// marked, which the detail (and the next mark) stays on though it left
    /// the list. Moving the selection lets it go.
    public internal(set) var detailPin: Occurrence?
    public internal(set) var detailScroll = 0
    /// Help, a question, a form or the one-line editor, over the panes.
    public internal(set) var modal: Modal = .none
    /// Schools added in this session that never had a progress file:
    /// only these can be deleted outright (a file left behind would stop
    /// the directory from loading).
    public internal(set) var schoolsWithoutFile: Set<String> = []
    /// `o`: schools that left the programme are listed too.
    public internal(set) var showFormerSchools = false
    public internal(set) var message: StatusMessage?
    /// Changes of this session, last one last (`u`).
    public internal(set) var undo: [UndoEntry] = []
    /// The change whose save has not been reported yet (see `PendingSave`).
    var pendingSave: PendingSave?
    /// Why saving is off (a data file broken outside the dashboard, with
    /// its place), or nil: every change is refused at the key while set.
    public internal(set) var savingBlocked: String?
    /// The screen shows the statuses of the index while the full data is
    /// read behind it (`Msg.detailLoaded`): nothing is changed until then,
    /// because a change is saved from the full records.
    public internal(set) var detailLoading = false
    /// The records of the overdue index behind a first screen drawn from
    /// it: `data` then holds the plan alone, and every record is asked of
    /// the index (`record(_:)`) until new data replaces it.
    public private(set) var indexed: IndexedProgress?
    public internal(set) var grouping: ControlGrouping = .responsible
    public internal(set) var controlScroll = 0
    /// The first line of the help shown, where it does not fit whole.
    public internal(set) var helpScroll = 0
    /// Shown in the header when the directory is kept in git with a server.
    public internal(set) var syncStatus: SyncStatus?
    /// A sync is running in the backend.
    public internal(set) var syncing = false

    public private(set) var filters = Filters()
    public private(set) var summary: Summary
    public private(set) var view = ViewCache()

    /// `schedule` defaults to reading every deadline of `data`; pass one
    /// to use deadlines read elsewhere. Without `asOf` the screen opens on
    /// today, or on the period's last day once the period is over.
    /// `notice`: a line for the status line of the first screen (the data
    /// directory was just made).
    public init(data: RoadmapData, directory: String, mode: AppMode, today: Day, asOf: Day? = nil,
                width: Int = 80, height: Int = 24, schedule: Schedule? = nil,
                user: String = "", now: String = "", notice: String? = nil, detailLoading: Bool = false,
                indexed: IndexedProgress? = nil) {
        self.data = data
        self.detailLoading = detailLoading
        self.indexed = indexed
        self.schedule = schedule ?? Schedule(data)
        self.mode = mode
        self.directory = directory
        self.today = today
        self.asOf = asOf ?? data.roadmap.period.openingDay(today: today)
        self.size = (width, height)
        self.shouldQuit = false
        self.user = user
        self.now = now
        self.message = notice.map { StatusMessage($0) }
        self.summary = Summary(data: data, indexed: indexed, schedule: self.schedule, asOf: self.asOf)
        self.view = ViewCache(state: self)
        selectFirstNeedingAttention()
    }

    /// New data on screen: the deadlines read again and everything counted
    /// from the data rebuilt. The one way the data is replaced.
    mutating func replaceData(_ new: RoadmapData) {
        data = new
        indexed = nil
        detailPin = nil
        schedule = Schedule(new)
        dataChanged()
    }

    /// Call after the as-of date changed (`replaceData` calls it for new data).
    mutating func dataChanged() {
        summary = Summary(data: data, indexed: indexed, schedule: schedule, asOf: asOf)
        viewChanged()
    }

    /// Call after marks changed the progress of these measures only.
    mutating func progressChanged(measures: Set<String>) {
        summary.refresh(measures: measures, data: data, schedule: schedule, asOf: asOf)
        viewChanged()
    }

    /// Call after a filter or the control grouping changed.
    mutating func viewChanged() {
        let measure = selectedMeasureIndex
        view = ViewCache(state: self)
        // The chosen school keeps its row when the list of schools changes.
        if let id = filters.school, let row = view.schools.firstIndex(where: { $0.id == id }) {
            schoolsList.selected = row + 1
        }
        if let measure, let row = view.rows.firstIndex(of: .measure(measure)) {
            timelineList.selected = row
        } else {
            timelineList.selected = firstMeasureRow(from: min(timelineList.selected, view.rows.count - 1), step: 1)
                ?? firstMeasureRow(from: view.rows.count - 1, step: -1) ?? 0
        }
        occurrence = min(occurrence, max(0, windowCount - 1))
        if measure != selectedMeasureIndex { occurrence = defaultOccurrence() }
        overdueList.selected = min(overdueList.selected, max(0, view.overdue.count - 1))
        revealSelections()
    }

    mutating func setFilters(_ change: (inout Filters) -> Void) {
        var copy = filters
        change(&copy)
        guard copy != filters else { return }
        filters = copy
        viewChanged()
    }

    // MARK: Records

    /// A progress record, from the data or, behind a first screen drawn
    /// from the index, from the index.
    public func record(_ key: ProgressKey) -> ProgressRecord? {
        if let indexed { return indexed.record(key) }
        return data.record(key)
    }

    /// A record's status as of the as-of date (planned when it has none).
    func status(of key: ProgressKey) -> Status { record(key)?.status(asOf: asOf) ?? .planned }

    /// The history entry a record stands at as of the as-of date.
    func entry(of key: ProgressKey) -> HistoryEntry? { record(key)?.entry(asOf: asOf) }

    // MARK: Selection

    public var selectedMeasureIndex: Int? {
        guard view.rows.indices.contains(timelineList.selected),
              case .measure(let i) = view.rows[timelineList.selected] else { return nil }
        return i
    }

    /// The section whose empty row the timeline points at.
    public var selectedEmptySection: String? {
        guard view.rows.indices.contains(timelineList.selected),
              case .emptySection(let number, _) = view.rows[timelineList.selected] else { return nil }
        return number
    }

    /// The measure the timeline points at.
    public var selectedMeasure: Measure? { selectedMeasureIndex.map { data.measures[$0] } }

    public var selectedOverdue: OverdueItem? {
        view.overdue.indices.contains(overdueList.selected) ? view.overdue[overdueList.selected] : nil
    }

    /// The measure the detail view describes: the one of the focused list.
    public var focusedMeasure: Measure? {
        guard focus == .overdue else { return selectedMeasure }
        return detailPin.flatMap { data.measure($0.measure) } ?? selectedOverdue?.measure
    }

    /// Keeps the detail on the overdue item being marked (see `detailPin`).
    mutating func pinMarkedDetail() {
        guard focus == .overdue, detailOpen, detailPin == nil, let item = selectedOverdue else { return }
        detailPin = item.occurrence
    }

    var windows: [DateWindow?] {
        selectedMeasure.map { Summary.windows(of: $0, schedule: schedule) } ?? []
    }

    var windowCount: Int { windows.count }

    public var selectedWindow: DateWindow? {
        let all = windows
        return all.indices.contains(occurrence) ? all[occurrence] : nil
    }

    /// The window the as-of date falls in, else the latest one already
    /// due, else the first.
    func defaultOccurrence() -> Int {
        let all = windows
        if let i = all.firstIndex(where: { $0?.contains(asOf) ?? false }) { return i }
        if let i = all.lastIndex(where: { ($0?.end).map { $0 < asOf } ?? false }) { return i }
        return 0
    }

    /// The first row from `start` on, walking by `step`, that the selection
    /// can stand on: a measure, or a section with no measures yet.
    func firstMeasureRow(from start: Int, step: Int) -> Int? {
        var i = start
        while view.rows.indices.contains(i) {
            if view.rows[i].isSelectable { return i }
            i += step
        }
        return nil
    }

    /// Opening position: the timeline, on the longest overdue measure and
    /// its late occurrence, so Space marks it at once; else the first row.
    mutating func selectFirstNeedingAttention() {
        focus = .timeline
        for item in view.overdue {
            guard let index = data.measures.firstIndex(of: item.measure),
                  let row = view.rows.firstIndex(of: .measure(index)) else { continue }
            timelineList.selected = row
            occurrence = windows.firstIndex(of: item.window) ?? defaultOccurrence()
            revealSelections()
            return
        }
        timelineList.selected = firstMeasureRow(from: 0, step: 1) ?? 0
        occurrence = defaultOccurrence()
        revealSelections()
    }

    /// Keeps every list's selection on screen at the current size.
    mutating func revealSelections() {
        let layout = self.layout
        for pane in Pane.allCases {
            let visible = layout.rows(pane)
            lists[pane, default: ListPosition()].reveal(visible: visible, count: pane.view.count(self),
                                                        margin: pane.view.margin(visible: visible))
        }
        controlScroll = max(0, min(controlScroll, view.control.count - layout.controlRows))
    }
}
