import RoadmapModel

/// Filters by responsible, section, status and the `/` search; the school
/// filter is the «Школы» pane's selection.
enum Filtering {
    static func perform(_ action: Action, _ state: inout AppState) {
        switch action {
        case .search:
            state.modal = .input(.search(LineEditor(state.filters.search)))
        case .filterResponsible:
            state.modal = .input(.responsible(LineEditor(state.filters.responsible)))
        case .cycleSection:
            let sections: [String?] = [nil] + state.data.roadmap.sections.map(\.number)
            let next = sections[((sections.firstIndex(of: state.filters.section) ?? 0) + 1) % sections.count]
            state.setFilters { $0.section = next }
            let title = state.data.roadmap.sections.first { $0.number == next }?.title ?? ""
            state.message = StatusMessage(next.map { "раздел \($0). \(title)" } ?? "все разделы")
        case .cycleStatus:
            let cycle = Filters.statusCycle
            let next = cycle[((cycle.firstIndex(of: state.filters.status) ?? 0) + 1) % cycle.count]
            state.setFilters { $0.status = next }
            state.message = StatusMessage(next.map { "статус: \($0.russian)" } ?? "все статусы")
        case .clearFilters:
            state.schoolsList = ListPosition()
            state.setFilters { $0 = Filters() }
            state.message = StatusMessage("фильтры сброшены")
        default:
            break
        }
    }

    static func clearSearch(_ state: inout AppState) {
        state.setFilters { $0.search = "" }
    }
}
