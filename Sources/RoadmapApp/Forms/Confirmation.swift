import RoadmapModel
import RoadmapStore

/// A question on the status line before something is taken away.
public enum Confirmation: Hashable, Sendable {
    /// Enter deletes the measure and its progress records.
    case deleteMeasure(id: String, records: Int)
    /// `в` the school leaves the programme on the as-of date (its history
    /// stays); `у` deletes it, when that is possible.
    case removeSchool(id: String, records: Int)

    func question(_ state: AppState) -> String {
        switch self {
        case .deleteMeasure(let id, let records):
            let measure = state.data.measure(id)
            let title = measure.map { MeasureNumber.short($0.title) } ?? ""
            let marks = records == 0 ? "" : " и \(RussianText.count(records, "отметку", "отметки", "отметок")) о выполнении"
            return "Удалить мероприятие \(measure?.number ?? id) «\(title)»\(marks)? Enter — удалить, Esc — нет"
        case .removeSchool(let id, let records):
            let name = state.data.school(id)?.shortName ?? id
            let marks = records == 0 ? "" : " с \(RussianText.count(records, "отметкой", "отметками", "отметками"))"
            return "«\(name)»: в — выбывает с \(state.asOf.russian) (история сохранится), у — удалить\(marks), Esc — нет"
        }
    }
}

/// Answers to a confirmation.
enum Confirming {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let question = state.confirmation else { return [] }
        state.modal = .none
        switch (question, answer(key)) {
        case (.deleteMeasure(let id, let records), .yes):
            var data = state.data
            let change = data.deleteMeasure(id)
            let marks = records == 0 ? "" : " вместе с \(RussianText.count(records, "отметкой", "отметками", "отметками"))"
            return FormSaving.commit(data, files: FormSaving.files(change, [.measures]),
                                     summary: "удалено мероприятие \(id)\(marks)", &state)
        case (.removeSchool(let id, _), .leaves):
            var data = state.data
            do throws(EditError) {
                try data.retireSchool(id, on: state.asOf)
            } catch {
                state.message = StatusMessage(error.message, isError: true)
                return []
            }
            let name = data.school(id)?.shortName ?? id
            let effects = FormSaving.commit(data, files: [.schools], summary: "«\(name)» выбывает с \(state.asOf.russian)", &state)
            // A former school leaves the list (`o` shows it): the panes go back to every school.
            if state.filters.school == id, !state.view.schools.contains(where: { $0.id == id }) {
                state.setFilters { $0.school = nil }
                state.schoolsList.selected = 0
            }
            return effects
        case (.removeSchool(let id, let records), .delete):
            return deleteSchool(id, records: records, &state)
        default:
            state.message = StatusMessage("ничего не изменено")
            return []
        }
    }

    private enum Answer { case yes, leaves, delete, no }

    /// Letters by their place on the keyboard: `в`/`d` and `у`/`e` alike.
    private static func answer(_ key: Key) -> Answer {
        switch key {
        case .enter: return .yes
        case .character(let c):
            let latin = RussianLayout.latin(for: c) ?? c
            switch latin.lowercased() {
            case "d": return .leaves
            case "e": return .delete
            default: return .no
            }
        default: return .no
        }
    }

    /// A school's progress file cannot be removed through the store yet: a
    /// school is deleted only when it never had one (added this session,
    /// never marked); otherwise it leaves the programme instead.
    private static func deleteSchool(_ id: String, records: Int, _ state: inout AppState) -> [Effect] {
        guard records == 0, state.schoolsWithoutFile.contains(id) else {
            let marks = records == 0 ? "её файл отметок" : RussianText.count(records, "отметка", "отметки", "отметок")
            state.message = StatusMessage("удалить нельзя: у школы есть \(marks); отметьте выбытие (D, затем в)", isError: true)
            return []
        }
        // A measure carried out by this school alone would be left with no one.
        if let alone = state.data.measures.first(where: { $0.scope == .schools([id]) }) {
            state.message = StatusMessage("удалить нельзя: школа — единственный исполнитель мероприятия \(alone.number); сначала измените его (e)",
                                          isError: true)
            return []
        }
        var data = state.data
        data.deleteSchool(id)
        let name = state.data.school(id)?.shortName ?? id
        if state.filters.school == id { state.setFilters { $0.school = nil } }
        var files: Set<DataFile> = [.schools]
        if data.measures != state.data.measures { files.insert(.measures) }
        return FormSaving.commit(data, files: files, summary: "школа «\(name)» удалена", &state)
    }
}
