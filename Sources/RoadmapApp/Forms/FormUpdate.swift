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
                state.form = nil
                state.message = StatusMessage("правка отменена, ничего не сохранено")
                return []
            case .function(2):
                return save(form, &state)
            default:
                form.confirmingCancel = false
                state.form = form
                return []
            }
        }
        switch key {
        case .escape:
            if form.isChanged {
                form.confirmingCancel = true
                state.form = form
            } else {
                state.form = nil
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
            var field = form.focusedField
            if field.handle(key), field != form.focusedField {
                form.fields[form.focused] = field
                form.problems.removeAll { $0.field == field.id }
                refresh(&form)
                if field.id == .section { MeasureForm.followSection(&form, data: state.data) }
            }
        }
        state.form = form
        return []
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
        case .newSection, .editSection: break
        }
    }
}
