import RoadmapModel

/// Keys while a form is open: Tab/Shift-Tab and ↑ ↓ between fields, the
/// field's own keys, F2 to save (and Enter outside the wrapped fields), Esc
/// to leave (asking first when something changed).
enum FormUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        if form.confirmingCancel {
            switch key {
            case .escape:
                state.modal = .none
                state.message = StatusMessage("правка отменена, ничего не сохранено")
                return []
            case .function(2):
                return save(form, &state)
            default:
                form.confirmingCancel = false
                state.modal = .form(form)
                return []
            }
        }
        switch key {
        case .escape:
            if form.isChanged {
                form.confirmingCancel = true
                state.modal = .form(form)
            } else {
                state.modal = .none
            }
            return []
        case .enter where form.focusedField.isWrapped:
            // A line break in a wrapped field (typed, or in pasted text from
            // a document whose cells break lines) is a space: saving there
            // is F2, so a paste never saves half a title.
            form.fields[form.focused].editor.insertSpace()
        case .enter, .function(2):
            return save(form, &state)
        case .tab, .down:
            form.move(by: 1)
        case .backTab, .up:
            form.move(by: -1)
        default:
            change(&form, state) { $0.handle(key) }
        }
        state.modal = .form(form)
        return []
    }

    /// Pasted text goes into the focused text field (a line break is a
    /// space); over a choice, or while asking whether to leave, it is dropped.
    static func paste(_ text: String, _ state: inout AppState) {
        guard var form = state.form, !form.confirmingCancel, form.focusedField.isText else { return }
        change(&form, state) { field in
            field.editor.paste(text)
            return true
        }
        state.modal = .form(form)
    }

    /// Applies an edit to the focused field; a changed value clears that
    /// field's problems and the fields that depend on it follow.
    private static func change(_ form: inout Form, _ state: AppState, _ edit: (inout FormField) -> Bool) {
        var field = form.focusedField
        guard edit(&field), field != form.focusedField else { return }
        form.fields[form.focused] = field
        form.problems.removeAll { $0.field == field.id }
        refresh(&form)
        if field.id == .section { MeasureForm.followSection(&form, data: state.data) }
    }

    /// Saves; a new section, empty as it is, gets the selection, so the
    /// next `a` adds its first measure.
    private static func save(_ form: Form, _ state: inout AppState) -> [Effect] {
        let effects = FormSaving.save(form, &state)
        if state.form == nil, case .newSection = form.purpose {
            Editing.selectEmptySection(MeasureNumber.id(of: SectionForm.draft(form).number), &state)
        }
        return effects
    }

    /// Fields that show only for some values of another.
    static func refresh(_ form: inout Form) {
        switch form.purpose {
        case .newMeasure, .editMeasure: MeasureForm.refresh(&form)
        case .newSchool, .editSchool: SchoolForm.refresh(&form)
        case .newSection, .editSection, .editRequisites: break
        }
    }
}
