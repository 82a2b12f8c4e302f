import RoadmapModel

/// What the status line (and the undo list) says of a mark: whose, which
/// occurrence, and the day done as it was typed — «2.4 (Урожайное):
/// выполнено 12.05.2022», «5. (7 школ): выполняется», «18 — май 2022 г.:
/// выполнено 12.05.2022».
enum MarkSummary {
    static func text(_ keys: [ProgressKey], mark: ProgressMark, _ state: AppState) -> String {
        let number = keys.first.flatMap { state.data.measure($0.measure)?.number } ?? ""
        let whom = schools(keys, state)
        // A recurring measure's cells differ only by colour: the words say which one.
        let occurrence = keys.first.flatMap { state.schedule.occurrenceName(of: $0, in: state.data) }
        var word = mark.status == .planned ? "отметка снята" : mark.status.russian
        if let day = mark.doneOn { word += " \(day.russian)" }
        return (whom.isEmpty ? number.withoutFinalDot : number) + whom + (occurrence.map { " — \($0)" } ?? "") + ": " + word
    }

    /// « (Урожайное)», « (3 школы)», or nothing for a municipal measure.
    private static func schools(_ keys: [ProgressKey], _ state: AppState) -> String {
        let schools = keys.compactMap(\.school)
        if schools.count == 1, let school = state.data.school(schools[0]) { return " (\(school.shortName))" }
        if schools.count > 1 { return " (\(RussianText.count(schools.count, "школа", "школы", "школ")))" }
        return ""
    }
}
