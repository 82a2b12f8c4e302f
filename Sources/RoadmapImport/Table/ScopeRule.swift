import RoadmapModel

/// Whose status a measure keeps. A measure is carried out by every school
/// only when the data has schools and the responsible entries name the
/// schools themselves («Руководители ОО», «руководители образовательных
/// организаций», «Образовательные организации», «ОО»); otherwise it is
/// municipal. A table alone names no schools, so an imported roadmap is
/// municipal until schools are added — as in the bundled samples made from
/// documents without named schools.
enum ScopeRule {
    static func scope(responsible: [String], schools: [School]) -> MeasureScope {
        guard !schools.isEmpty, responsible.contains(where: namesSchools) else { return .municipal }
        return .everySchool
    }

    static func namesSchools(_ entry: String) -> Bool {
        let folded = SearchText.fold(entry)
        return ["руководители оо", "руководители образовательных", "руководители школ", "образовательные организации",
                "общеобразовательные организации", "оо", "школы"].contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }
}
