import RoadmapModel

/// While «Школы» has the focus, the status line spells out the selected
/// school: its full name and, in words, what the pane's short flags say.
enum SchoolLine {
    static func text(_ state: AppState) -> String? {
        guard state.focus == .schools, state.mode != .control, state.schoolsList.selected > 0,
              state.view.schools.indices.contains(state.schoolsList.selected - 1) else { return nil }
        let school = state.view.schools[state.schoolsList.selected - 1]
        var parts = [school.name]
        if !school.programmes.isEmpty { parts.append(school.programmes.joined(separator: ", ")) }
        if let point = school.growthPoint { parts.append(growthPoint(point)) }
        if let curator = school.curator { parts.append("куратор: \(curator)") }
        // A partner in the data is named as the pane names it.
        let partners = school.partners.map { state.data.school($0)?.shortName ?? $0 }
        if !partners.isEmpty { parts.append("партнёры: \(partners.joined(separator: ", "))") }
        parts += school.agreements.map(\.label)
        if !school.isActive(on: state.asOf) { parts.append("не в программе на \(state.asOf.russian)") }
        return parts.joined(separator: " · ")
    }

    static func growthPoint(_ point: GrowthPoint) -> String {
        guard let day = point.opened else { return "«Точка роста»" }
        return point.planned ? "«Точка роста» (открытие \(day.russian))" : "«Точка роста» с \(day.russian)"
    }
}
