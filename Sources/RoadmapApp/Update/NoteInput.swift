import RoadmapModel

/// The line «Отметка о выполнении»: the note and the day done, Tab between
/// them; Enter marks done with both, Esc takes the whole mark back.
enum NoteInput {
    static func edit(_ typing: TextInput.Typing, _ draft: NoteDraft, _ state: inout AppState) -> [Effect] {
        var draft = draft
        if case .key(let key) = typing, key == .tab || key == .backTab {
            draft.onDate.toggle()
            state.modal = .input(.note(draft))
            return []
        }
        let outcome = draft.onDate ? draft.date.apply(typing) : draft.editor.apply(typing)
        switch outcome {
        case .editing:
            state.modal = .input(.note(draft))
        case .submit:
            return submit(draft, &state)
        case .cancel:
            state.modal = .none
            state.message = StatusMessage("отметка отменена")
        }
        return []
    }

    /// Marks done on the day typed; a day that cannot be one (not a date,
    /// not yet come, far from the period) keeps the line open with the
    /// reason beside the date, so nothing typed is lost.
    private static func submit(_ draft: NoteDraft, _ state: inout AppState) -> [Effect] {
        var draft = draft
        let context = state.data.roadmap.deadlineContext
        guard let day = TypedDay.parse(draft.date.editor.text, in: context, near: state.asOf) else {
            return refuse("не дата: ДД.ММ.ГГГГ", &draft, &state)
        }
        do throws(MarkRefusal) {
            // The editor opened with the note there was: what is left is the note, empty or not.
            let mark = try Marking.mark(.done, note: draft.editor.text, day: day, state)
            state.modal = .none
            return Marking.record(mark, to: draft.keys, &state)
        } catch {
            return refuse(error.brief, &draft, &state)
        }
    }

    private static func refuse(_ problem: String, _ draft: inout NoteDraft, _ state: inout AppState) -> [Effect] {
        draft.date.problem = problem
        draft.onDate = true
        state.modal = .input(.note(draft))
        return []
    }
}
