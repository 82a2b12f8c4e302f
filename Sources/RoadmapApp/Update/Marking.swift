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

    /// Appends one history entry to every target, remembers how they were,
    /// and saves the files holding them.
    static func apply(_ status: Status, note: String?, to keys: [ProgressKey], _ state: inout AppState) -> [Effect] {
        var before: [ProgressKey: ProgressRecord?] = [:]
        for key in keys { before.updateValue(state.data.record(key), forKey: key) }
        let entry = HistoryEntry(at: timestamp(state), by: state.user, status: status, note: note,
                                 doneOn: status == .done ? doneOn(state) : nil)
        state.pendingSave = PendingSave(.mark, before: .records(before), state)
        for key in keys { state.data.apply(entry, to: key) }
        state.schoolsWithoutFile.subtract(keys.compactMap(\.school))
        let summary = describe(keys, status: status, state)
        state.undo.append(UndoEntry(before: before, summary: summary))
        state.progressChanged(measures: Set(keys.map(\.measure)))
        state.message = StatusMessage(summary)
        return [.save(state.data, Set(keys.map(DataFile.holding)))]
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
    /// the date on screen, not only from today; otherwise today (a day
    /// done is never in the future). `at` stays the real time of the change.
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
