import RoadmapModel
import RoadmapStore

/// The keys that keep the roadmap: `e`, `a`, `D` on the focused pane's
/// measure or school, and the section keys. Read-only and control modes
/// refuse them before anything opens.
enum Editing {
    static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        if let refusal = state.refusal {
            state.message = refusal
            return []
        }
        state.detailOpen = false
        if action == .editRequisites {
            state.modal = .form(RequisitesForm.edit(state.data.roadmap))
            return []
        }
        if state.focus == .schools { return schools(action, &state) }
        switch action {
        case .edit:
            if state.focus == .timeline, state.selectedEmptySection != nil, let section = currentSection(state) {
                // An empty section's row: `e` changes the section itself.
                state.modal = .form(SectionForm.edit(section))
                return []
            }
            guard let measure = state.focusedMeasure else { return nothing("выберите мероприятие", &state) }
            state.modal = .form(MeasureForm.edit(measure, data: state.data))
        case .add:
            guard let section = currentSection(state) else {
                return nothing("в дорожной карте нет разделов: сначала добавьте раздел (A)", &state)
            }
            var form = MeasureForm.new(after: state.focusedMeasure, section: section.number, data: state.data)
            MeasureForm.refresh(&form)
            state.modal = .form(form)
        case .delete:
            guard let measure = state.focusedMeasure else { return nothing("выберите мероприятие", &state) }
            state.modal = .confirmation(.deleteMeasure(id: measure.id, records: state.data.records(ofMeasure: measure.id).count))
        case .addSection:
            state.modal = .form(SectionForm.new(after: currentSection(state), data: state.data))
        case .editSection:
            guard let section = currentSection(state) else { return nothing("разделов пока нет: A добавляет раздел", &state) }
            state.modal = .form(SectionForm.edit(section))
        case .renumberSection:
            return renumber(&state)
        case .moveSectionUp, .moveSectionDown:
            return move(action == .moveSectionUp ? -1 : 1, &state)
        default:
            break
        }
        return []
    }

    private static func schools(_ action: Action, _ state: inout AppState) -> [Effect] {
        let index = state.schoolsList.selected - 1
        let school = state.view.schools.indices.contains(index) ? state.view.schools[index] : nil
        switch action {
        case .add:
            var form = SchoolForm.new(data: state.data, asOf: state.asOf)
            SchoolForm.refresh(&form)
            state.modal = .form(form)
        case .edit:
            guard let school else { return nothing("выберите школу", &state) }
            var form = SchoolForm.edit(school, data: state.data)
            SchoolForm.refresh(&form)
            state.modal = .form(form)
        case .delete:
            guard let school else { return nothing("выберите школу", &state) }
            state.modal = .confirmation(.removeSchool(id: school.id, records: state.data.records(ofSchool: school.id).count))
        default:
            state.message = StatusMessage("разделы меняются в панели «Дорожная карта»", isError: true)
        }
        return []
    }

    /// The section of the selected measure or empty section's row, else the last one.
    static func currentSection(_ state: AppState) -> Section? {
        let sections = state.data.roadmap.sections
        let selected = state.focus == .timeline ? state.selectedEmptySection : nil
        if let number = selected ?? state.focusedMeasure?.section,
           let section = sections.first(where: { $0.number == number }) {
            return section
        }
        return sections.last
    }

    private static func renumber(_ state: inout AppState) -> [Effect] {
        guard let section = currentSection(state) else { return nothing("разделов пока нет", &state) }
        var data = state.data
        let result: (renames: [String: String], change: ProgressChange)
        do throws(EditError) {
            result = try data.renumberSection(section.number)
        } catch {
            state.message = StatusMessage(error.message, isError: true)
            return []
        }
        guard !result.renames.isEmpty else {
            state.message = StatusMessage("раздел \(section.number) уже пронумерован по порядку")
            return []
        }
        let selected = state.focusedMeasure.map { result.renames[$0.id] ?? $0.id }
        let summary = "раздел \(section.number) перенумерован: изменено номеров — \(result.renames.count)"
        let effects = FormSaving.commit(data, files: FormSaving.files(result.change, [.measures]), summary: summary, &state)
        if let selected { FormSaving.select(.measure(selected), &state) }
        return effects
    }

    private static func move(_ step: Int, _ state: inout AppState) -> [Effect] {
        guard let section = currentSection(state) else { return nothing("разделов пока нет", &state) }
        var data = state.data
        guard data.moveSection(section.number, by: step) else {
            return nothing(step < 0 ? "раздел \(section.number) уже первый" : "раздел \(section.number) уже последний", &state)
        }
        let selected = state.focusedMeasure?.id
        let emptySelected = state.focus == .timeline ? state.selectedEmptySection : nil
        let effects = FormSaving.commit(data, files: [.roadmap, .measures],
                                        summary: "раздел \(section.number) перемещён \(step < 0 ? "выше" : "ниже")", &state)
        if let selected { FormSaving.select(.measure(selected), &state) }
        if let emptySelected { selectEmptySection(emptySelected, &state) }
        return effects
    }

    /// Puts the timeline's selection on a section with no measures (a new
    /// one, or one just moved), so `a` adds into it next.
    static func selectEmptySection(_ number: String, _ state: inout AppState) {
        guard let row = state.view.rows.firstIndex(where: {
            if case .emptySection(number, _) = $0 { return true }
            return false
        }) else { return }
        state.focus = .timeline
        state.timelineList.selected = row
        state.occurrence = 0
    }

    private static func nothing(_ text: String, _ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(text, isError: true)
        return []
    }
}
