import RoadmapModel
import RoadmapStore

/// Marks and undo. Every change is saved at once (a `.save` effect naming
/// only the progress files it touched); read-only and control never change.
enum Marking {
    static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        if let refusal = state.refusal {
            state.message = refusal
            return []
        }
        if action == .undo { return undo(&state) }
        guard let keys = targets(state), !keys.isEmpty else {
            state.message = StatusMessage("нечего отмечать: выберите мероприятие", isError: true)
            return []
        }
        switch action {
        case .toggleDone:
            // What the screen shows decides: a «выполнено» dated after the
            // as-of date is not done yet there, so Space marks it done then.
            if keys.allSatisfy({ state.data.status(of: $0, asOf: state.asOf) == .done }) {
                return apply(.planned, note: nil, to: keys, &state)
            }
            askForNote(keys, &state)
        case .mark(.done):
            askForNote(keys, &state)
        case .mark(let status):
            return apply(status, note: nil, to: keys, &state)
        default:
            break
        }
        return []
    }

    /// Marking done opens the note editor, with the note the screen shows
    /// (as of the as-of date) already there and the day done proposed.
    private static func askForNote(_ keys: [ProgressKey], _ state: inout AppState) {
        let existing = keys.count == 1 ? state.data.entry(of: keys[0], asOf: state.asOf)?.note ?? "" : ""
        state.modal = .input(.note(NoteDraft(keys: keys, editor: LineEditor(existing), date: doneOn(state))))
    }

    /// The progress keys a mark applies to: the overdue pane's item, or the
    /// timeline's selected occurrence — for the selected school, or for
    /// every school taking part when «Все школы» is selected.
    static func targets(_ state: AppState) -> [ProgressKey]? {
        if state.focus == .overdue { return (state.detailPin ?? state.selectedOverdue.map(\.occurrence)).map { [$0.key] } }
        guard let measure = state.selectedMeasure else { return nil }
        let window = state.selectedWindow
        let day = window.flatMap { state.schedule.occurrenceDay(for: $0, of: measure) }
        let keys = state.schedule.occurrences(of: measure, in: state.data)
            .filter { $0.window == window && $0.key.occurrence == day }
            .map(\.key)
        guard let school = state.filters.school, measure.scope.isPerSchool else { return keys }
        return keys.filter { $0.school == school }
    }

    /// A mark of `status` made now by this user; `day` is the day done
    /// (a «выполнено» only), checked the model's way.
    static func mark(_ status: Status, note: String?, day: Day, _ state: AppState) throws(MarkRefusal) -> ProgressMark {
        try ProgressMark(status, note: note, day: day, today: state.today, period: state.data.roadmap.period,
                         at: timestamp(state), by: state.user)
    }

    /// `p`, `n`, `c`, Space on a done measure: marked at once. `note`: nil
    /// keeps each record's note.
    static func apply(_ status: Status, note: String?, to keys: [ProgressKey], _ state: inout AppState) -> [Effect] {
        do throws(MarkRefusal) {
            return record(try mark(status, note: note, day: doneOn(state), state), to: keys, &state)
        } catch {
            state.message = StatusMessage("не отмечено: \(error.message)", isError: true)
            return []
        }
    }

    /// Marks every target the model's way (`ProgressMark`: a target
    /// already marked so is left alone), remembers how they were, and saves
    /// the files holding them.
    static func record(_ mark: ProgressMark, to keys: [ProgressKey], _ state: inout AppState) -> [Effect] {
        let changed = state.data.apply(mark, to: keys)
        guard !changed.isEmpty else {
            state.message = StatusMessage("без изменений: уже отмечено так")
            return []
        }
        var before: [ProgressKey: ProgressRecord?] = [:]
        for (key, record) in changed { before.updateValue(record, forKey: key) }
        let marked = changed.map(\.key)
        state.pendingSave = PendingSave(.mark, before: .records(before), state)
        state.schoolsWithoutFile.subtract(marked.compactMap(\.school))
        let summary = MarkSummary.text(marked, mark: mark, state)
        state.undo.append(UndoEntry(before: before, summary: summary))
        state.pinMarkedDetail()
        state.progressChanged(measures: Set(marked.map(\.measure)))
        state.message = StatusMessage(summary)
        return [.save(state.data, Set(marked.map(DataFile.holding)))]
    }

    private static func undo(_ state: inout AppState) -> [Effect] {
        guard let last = state.undo.last else {
            state.message = StatusMessage("нечего отменять")
            return []
        }
        // What the undo takes away, kept until the save is reported: a
        // refused save puts it back and keeps the entry for another try.
        var now: [ProgressKey: ProgressRecord?] = [:]
        for key in last.before.keys { now.updateValue(state.data.record(key), forKey: key) }
        state.pendingSave = PendingSave(.undo, before: last.snapshot == nil ? .records(now) : .data(state.data), state)
        state.undo.removeLast()
        if let snapshot = last.snapshot {
            state.replaceData(snapshot)
            state.message = StatusMessage(undoneText(last.summary))
            return [.save(snapshot, last.files)]
        }
        // The history only grows: the undo is a change of its own, back to
        // the state before, by this user, now.
        for (key, record) in last.before {
            let back = HistoryEntry(at: timestamp(state), by: state.user, status: record?.status ?? .planned,
                                    note: record?.note, doneOn: record?.doneOn)
            if let current = state.data.record(key)?.current, sameState(current, back) { continue }
            state.data.apply(back, to: key)
        }
        state.progressChanged(measures: Set(last.before.keys.map(\.measure)))
        state.message = StatusMessage(undoneText(last.summary))
        return [.save(state.data, Set(last.before.keys.map(DataFile.holding)))]
    }

    /// The day done a «выполнено» mark proposes (the note line's date field
    /// starts with it): looking back at an earlier date, the as-of day — so
    /// the mark counts on the date on screen; looking ahead, today.
    /// `ProgressMark` checks the day typed like `mark --date`; `at` stays
    /// the real time of the change.
    static func doneOn(_ state: AppState) -> Day { min(state.asOf, state.today) }

    /// A history entry needs a real timestamp; before the first clock
    /// message there is only the day.
    private static func timestamp(_ state: AppState) -> String {
        state.now.isEmpty ? "\(state.today.iso)T00:00:00+00:00" : state.now
    }

    /// «отменено действие — …»: «отменено» alone would read as the status
    /// «cancelled».
    private static func undoneText(_ summary: String) -> String {
        "отменено действие — " + summary
    }

    /// Whether two entries say the same (status, note, day done), whoever made them when.
    private static func sameState(_ a: HistoryEntry, _ b: HistoryEntry) -> Bool {
        a.status == b.status && a.note == b.note && a.doneOn == b.doneOn
    }
}
