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
    /// (as of the as-of date) already there.
    private static func askForNote(_ keys: [ProgressKey], _ state: inout AppState) {
        let existing = keys.count == 1 ? state.data.entry(of: keys[0], asOf: state.asOf)?.note ?? "" : ""
        state.modal = .input(.note(NoteDraft(keys: keys, editor: LineEditor(existing))))
    }

    /// The progress keys a mark applies to: the overdue pane's item, or the
    /// timeline's selected occurrence — for the selected school, or for
    /// every school taking part when «Все школы» is selected.
    static func targets(_ state: AppState) -> [ProgressKey]? {
        if state.focus == .overdue { return state.selectedOverdue.map { [$0.key] } }
        guard let measure = state.selectedMeasure else { return nil }
        let window = state.selectedWindow
        let day = window.flatMap { state.schedule.occurrenceDay(for: $0, of: measure) }
        let keys = state.schedule.occurrences(of: measure, in: state.data)
            .filter { $0.window == window && $0.key.occurrence == day }
            .map(\.key)
        guard let school = state.filters.school, measure.scope.isPerSchool else { return keys }
        return keys.filter { $0.school == school }
    }

    /// Marks every target the model's way (`ProgressMark`: a target
    /// already marked so is left alone), remembers how they were, and saves
    /// the files holding them. `note`: nil keeps each record's note.
    static func apply(_ status: Status, note: String?, to keys: [ProgressKey], _ state: inout AppState) -> [Effect] {
        let mark: ProgressMark
        do throws(MarkRefusal) {
            mark = try ProgressMark(status, note: note, day: doneOn(state), today: state.today,
                                    period: state.data.roadmap.period, at: timestamp(state), by: state.user)
        } catch {
            state.message = StatusMessage("не отмечено: \(error.message)", isError: true)
            return []
        }
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
        let summary = describe(marked, status: status, state)
        state.undo.append(UndoEntry(before: before, summary: summary))
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
        for (key, record) in last.before { state.data.restore(record, for: key) }
        state.progressChanged(measures: Set(last.before.keys.map(\.measure)))
        state.message = StatusMessage(undoneText(last.summary))
        return [.save(state.data, Set(last.before.keys.map(DataFile.holding)))]
    }

    /// The day a «выполнено» mark is done: looking back at an earlier date,
    /// the coordinator says it was done by then — so the mark counts on
    /// the date on screen, not only from today; looking ahead, today.
    /// `ProgressMark` checks it like `mark --date`; `at` stays the real
    /// time of the change.
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

    /// «2.4 (Урожайное): выполнено», «2.4 (3 школы): выполнено», «18: выполнено».
    private static func describe(_ keys: [ProgressKey], status: Status, _ state: AppState) -> String {
        let number = keys.first.flatMap { state.data.measure($0.measure)?.number } ?? ""
        let schools = keys.compactMap(\.school)
        var whom = ""
        if schools.count == 1, let school = state.data.school(schools[0]) {
            whom = " (\(school.shortName))"
        } else if schools.count > 1 {
            whom = " (\(RussianText.count(schools.count, "школа", "школы", "школ")))"
        }
        var word = status == .planned ? "отметка снята" : status.russian
        // Looking at another date, say which day the mark was dated.
        if status == .done, state.asOf != state.today { word += " \(doneOn(state).russian)" }
        return "\(whom.isEmpty ? number.withoutFinalDot : number)\(whom): \(word)"
    }
}
