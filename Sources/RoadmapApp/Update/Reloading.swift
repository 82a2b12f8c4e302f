import RoadmapModel

/// `Msg.reloaded`: the data read again from disk replaces the data on
/// screen, and the coordinator keeps their place. Two people work on one
/// directory all day; a view that jumped back to its start at every edit
/// of the other would be unusable. Rows move when measures are added or
/// deleted elsewhere, so the place is found again by ids, not row numbers.
enum Reloading {
    static func swapIn(_ data: RoadmapData, _ state: inout AppState) {
        // Undo would write records back as they were before this session's
        // change — over whatever someone else has saved since.
        state.undo = []
        // Someone may have marked a new school since, giving it a progress
        // file: deleting it outright could leave that file behind, so only
        // retiring is offered until the school is known to have none.
        state.schoolsWithoutFile = []
        state.pendingSave = nil
        replace(data, &state)
    }

    /// New data on screen, the coordinator's place kept by ids (also when a
    /// refused save puts the data back as it was).
    static func replace(_ data: RoadmapData, _ state: inout AppState) {
        let place = Place(state)
        state.replaceData(data)
        place.restore(&state)
    }
}

/// Where the coordinator was, by ids where rows can move.
private struct Place {
    let measure: String?
    /// The measures listed after the selected one, then those before it,
    /// nearest first: where the selection goes when its measure is gone.
    let neighbours: [String]
    let timeline: ListPosition
    let windows: [DateWindow?]
    let window: DateWindow?
    let occurrence: Int
    let overdueItem: ProgressKey?
    let overdue: ListPosition
    let schools: ListPosition
    let detailMeasure: String?
    let detailScroll: Int
    let controlScroll: Int

    init(_ state: AppState) {
        let ids = state.view.rows.compactMap { row -> String? in
            guard case .measure(let i) = row else { return nil }
            return state.data.measures[i].id
        }
        measure = state.selectedMeasure?.id
        if let measure, let at = ids.firstIndex(of: measure) {
            neighbours = Array(ids[(at + 1)...]) + ids[..<at].reversed()
        } else {
            neighbours = []
        }
        timeline = state.timelineList
        windows = state.windows
        window = state.selectedWindow
        occurrence = state.occurrence
        overdueItem = state.selectedOverdue?.key
        overdue = state.overdueList
        schools = state.schoolsList
        detailMeasure = state.focusedMeasure?.id
        detailScroll = state.detailScroll
        controlScroll = state.controlScroll
    }

    func restore(_ state: inout AppState) {
        dropVanishedFilters(&state)
        selectMeasure(&state)
        selectOccurrence(&state)
        if let key = overdueItem, let row = state.view.overdue.firstIndex(where: { $0.key == key }) {
            state.overdueList.selected = row
        } else {
            state.overdueList.selected = min(overdue.selected, max(0, state.view.overdue.count - 1))
        }
        // The old scroll offsets; `update` then moves them only as much as
        // the selections need: the lists stay where the eye left them.
        state.timelineList.scroll = timeline.scroll
        state.overdueList.scroll = overdue.scroll
        state.schoolsList.scroll = schools.scroll
        state.controlScroll = controlScroll
        state.detailScroll = state.focusedMeasure?.id == detailMeasure ? detailScroll : 0
    }

    /// A school deleted (or retired, while former schools are hidden) goes
    /// back to «Все школы»; a section no longer there stops narrowing.
    /// Every other filter is text or a status and stays as it was.
    private func dropVanishedFilters(_ state: inout AppState) {
        if let school = state.filters.school, !state.view.schools.contains(where: { $0.id == school }) {
            state.setFilters { $0.school = nil }
            state.schoolsList.selected = 0
        }
        if let section = state.filters.section, !state.data.roadmap.sections.contains(where: { $0.number == section }),
           !state.data.measures.contains(where: { $0.section == section }) {
            state.setFilters { $0.section = nil }
        }
    }

    /// The same measure if still listed, else its nearest listed
    /// neighbour, else the measure row nearest the old position.
    private func selectMeasure(_ state: inout AppState) {
        var rowOf: [String: Int] = [:]
        for (row, item) in state.view.rows.enumerated() {
            if case .measure(let i) = item { rowOf[state.data.measures[i].id] = row }
        }
        if let found = ([measure].compactMap { $0 } + neighbours).lazy.compactMap({ rowOf[$0] }).first {
            state.timelineList.selected = found
            return
        }
        let last = state.view.rows.count - 1
        state.timelineList.selected = state.firstMeasureRow(from: min(timeline.selected, last), step: 1)
            ?? state.firstMeasureRow(from: last, step: -1) ?? 0
    }

    /// The same window of the same measure; a measure whose deadline
    /// changed, or another measure, opens as it would on a move.
    private func selectOccurrence(_ state: inout AppState) {
        guard state.selectedMeasure?.id == measure, measure != nil else {
            state.occurrence = state.defaultOccurrence()
            return
        }
        let now = state.windows
        if now == windows { state.occurrence = occurrence; return }
        state.occurrence = window.flatMap { now.firstIndex(of: $0) } ?? state.defaultOccurrence()
    }
}
