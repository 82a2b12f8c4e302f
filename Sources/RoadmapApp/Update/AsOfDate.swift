import RoadmapModel

/// The as-of date («по состоянию на»): every pane is computed against it.
enum AsOfDate {
    static func set(_ day: Day, _ state: inout AppState) {
        guard day != state.asOf else { return }
        state.asOf = day
        state.dataChanged()
        // The selected occurrence follows the date, as on opening.
        state.occurrence = state.defaultOccurrence()
        state.message = StatusMessage("по состоянию на \(day.russian)")
    }
}
