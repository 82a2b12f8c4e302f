import RoadmapModel
import RoadmapStore

/// Saving a form: the model checks the draft; what it refuses goes back
/// into the form beside its field, what it accepts is saved at once
/// through the store and can be undone with `u`.
enum FormSaving {
    static func save(_ form: Form, _ state: inout AppState) -> [Effect] {
        // Saving went off while the form was open (a refused save read the
        // files again and found one broken): the form stays, with the reason.
        if let refusal = state.refusal {
            var kept = form
            kept.confirmingCancel = false
            state.modal = .form(kept)
            state.message = refusal
            return []
        }
        var data = state.data
        let outcome: Result<Saved, EditError>
        do throws(EditError) {
            outcome = .success(try apply(form, to: &data, state))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .failure(let error):
            var refused = form
            refused.problems = error.problems
            refused.confirmingCancel = false
            if let first = error.problems.first { refused.focus(first.field) }
            state.modal = .form(refused)
            state.message = StatusMessage("не сохранено: " + (error.problems.first?.message ?? ""), isError: true)
            return []
        case .success(let saved):
            state.modal = .none
            let effects = commit(data, files: saved.files, summary: saved.summary, &state)
            var typed = form
            typed.confirmingCancel = false
            state.pendingSave?.form = typed
            if form.purpose == .newSchool, case .school(let id) = saved.selection { state.schoolsWithoutFile.insert(id) }
            select(saved.selection, &state)
            return effects
        }
    }

    /// What a saved form changed.
    struct Saved {
        var files: Set<DataFile>
        var summary: String
        var selection: Selection
    }

    enum Selection {
        case measure(String)
        case school(String)
        case none
    }

    private static func apply(_ form: Form, to data: inout RoadmapData, _ state: AppState) throws(EditError) -> Saved {
        switch form.purpose {
        case .newMeasure(let after):
            let draft = MeasureForm.draft(form, data: data)
            try data.addMeasure(draft, after: after)
            let id = MeasureNumber.id(of: draft.number)
            return Saved(files: [.measures], summary: "добавлено мероприятие \(id)", selection: .measure(id))
        case .editMeasure(let id):
            let draft = MeasureForm.draft(form, data: data)
            let change = try data.updateMeasure(id, to: draft)
            let newID = MeasureNumber.id(of: draft.number)
            var summary = "мероприятие \(newID) изменено"
            if change.removed > 0 {
                summary += ", снято \(RussianText.count(change.removed, "отметка", "отметки", "отметок")) вне круга исполнителей"
            }
            return Saved(files: files(change, [.measures]), summary: summary, selection: .measure(newID))
        case .newSchool:
            let school = try SchoolForm.draft(form, data: data).get()
            try data.addSchool(school)
            return Saved(files: [.schools], summary: "добавлена школа «\(school.shortName)» (код \(school.id))",
                         selection: .school(school.id))
        case .editSchool:
            let school = try SchoolForm.draft(form, data: data).get()
            try data.updateSchool(school)
            return Saved(files: [.schools], summary: "школа «\(school.shortName)» изменена", selection: .school(school.id))
        case .newSection(let after):
            let section = SectionForm.draft(form)
            try data.addSection(section, after: after)
            return Saved(files: [.roadmap], summary: "добавлен раздел \(MeasureNumber.id(of: section.number))", selection: .none)
        case .editRequisites:
            let draft = try RequisitesForm.draft(form).get()
            try data.updateRequisites(draft.requisites, order: draft.order)
            return Saved(files: [.roadmap], summary: "реквизиты справки изменены", selection: .none)
        case .editSection(let number):
            let section = SectionForm.draft(form)
            try data.updateSection(number, to: section)
            return Saved(files: [.roadmap, .measures], summary: "раздел \(MeasureNumber.id(of: section.number)) изменён",
                         selection: .none)
        }
    }

    static func files(_ change: ProgressChange, _ base: Set<DataFile>) -> Set<DataFile> {
        base.union(change.partitions.map { DataFile.progress(school: $0) })
    }

    /// Puts new data in place, remembers the old for `u`, and saves the files.
    static func commit(_ data: RoadmapData, files: Set<DataFile>, summary: String, _ state: inout AppState) -> [Effect] {
        state.pendingSave = PendingSave(.change, before: .data(state.data), state)
        state.undo.append(UndoEntry(snapshot: state.data, files: files, summary: summary))
        state.replaceData(data)
        state.message = StatusMessage(summary)
        return [.save(data, files)]
    }

    static func select(_ selection: Selection, _ state: inout AppState) {
        switch selection {
        case .measure(let id):
            guard let index = state.data.measures.firstIndex(where: { $0.id == id }),
                  let row = state.view.rows.firstIndex(of: .measure(index)) else { return }
            state.focus = .timeline
            state.timelineList.selected = row
            state.occurrence = state.defaultOccurrence()
        case .school, .none:
            // Choosing a school filters the other panes: a new school is
            // not chosen behind the coordinator's back (the message names it).
            break
        }
    }
}
