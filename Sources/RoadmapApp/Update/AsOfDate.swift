import Foundation
import RoadmapModel

/// The as-of date («по состоянию на»): every pane is computed against it.
enum AsOfDate {
    /// Any way of choosing a date but stepping by month: the next step
    /// starts from this date's day of month.
    static func set(_ day: Day, _ state: inout AppState) {
        state.asOfAnchorDay = nil
        guard day != state.asOf else { return }
        state.asOf = day
        state.dataChanged()
        // The selected occurrence follows the date, as on opening.
        state.occurrence = state.defaultOccurrence()
        state.message = StatusMessage("по состоянию на \(day.russian)")
    }

    /// `y`, then Enter: the date typed — «01.03.2022», «01.03», «март»,
    /// «конец четверти» — read the model's way, in the roadmap's period.
    /// One not understood keeps the line open and says so beside it.
    static func typed(_ field: DateField, _ state: inout AppState) {
        let text = field.editor.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            state.modal = .none
            return
        }
        guard let day = TypedDay.parse(text, in: state.data.roadmap.deadlineContext, near: state.asOf) else {
            var field = field
            field.problem = "не понята дата — пишите 01.03.2022, 01.03 или март"
            state.modal = .input(.asOf(field))
            return
        }
        state.modal = .none
        set(day, &state)
        state.message = StatusMessage("по состоянию на \(day.russian)")
    }

    /// `]` / `[`: a month on or back. The day of month stepping started from
    /// is kept where the month has it, so 31.01 → 28.02 → 31.03 and back to
    /// 31.01, not 28.03 and 28.01; a month's last day stays the last day.
    static func step(months: Int, _ state: inout AppState) {
        let anchor = state.asOfAnchorDay ?? anchorDay(of: state.asOf)
        let month = state.asOf.adding(months: months)
        let last = Day.lastOf(month: month.month, year: month.year)
        let day = Day(year: month.year, month: month.month, day: min(anchor, last.day)) ?? last
        set(day, &state)
        state.asOfAnchorDay = anchor
    }

    /// The day of month to keep: a month's last day (28.02, 30.04) is kept
    /// as «the last day», the others as themselves.
    private static func anchorDay(of day: Day) -> Int {
        day == Day.lastOf(month: day.month, year: day.year) ? 31 : day.day
    }
}
