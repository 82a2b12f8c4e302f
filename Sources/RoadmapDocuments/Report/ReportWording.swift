import Foundation
import RoadmapModel

/// The words the report writes where a person wrote nothing, and the way it
/// names periods. Kept in one place so every format uses the same words
/// (the README lists them).
public enum ReportWording {
    /// A deadline without dates («по отдельному плану») and no mark.
    public static let noMark = "Отметки нет."
    /// A deadline the grammar could not read and no mark.
    public static let unreadDeadline = "Срок не распознан."
    /// A per-school measure when the programme has no schools for it.
    public static let noSchools = "Школ в программе нет."

    /// The «Отметка о выполнении» of one occurrence: first its state and
    /// day in the documents' words («Выполнено 10.06.2021.», «Не выполнено
    /// (срок 30.04.2022).», «Выполняется, срок истёк 30.04.2022.»), then the
    /// note as written — the note never hides the state.
    ///
    /// The last day of a window is its deadline day: on it the occurrence is
    /// due («срок истекает 31.12.2022»), not «срок не наступил»; from the
    /// next day on, unclosed, it is late.
    public static func mark(status: Status, note: String?, doneOn: Day?, window: DateWindow?,
                            deadline: DeadlineKind, asOf: Day) -> String {
        let state = self.state(status: status, doneOn: doneOn, window: window, deadline: deadline, asOf: asOf)
        guard let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty else { return state }
        return "\(state) \(note)"
    }

    /// The state and day alone, a sentence: `roadmap list` shows it too.
    public static func state(status: Status, doneOn: Day?, window: DateWindow?, deadline: DeadlineKind, asOf: Day) -> String {
        let due = window?.end
        switch status {
        case .done:
            guard let doneOn else { return "Выполнено." }
            if let due, doneOn > due { return "Выполнено \(doneOn.russian) (срок \(due.russian))." }
            return "Выполнено \(doneOn.russian)."
        case .cancelled:
            return "Отменено."
        case .notDone:
            return due.map { "Не выполнено (срок \($0.russian))." } ?? "Не выполнено."
        case .inProgress:
            guard let due else { return "Выполняется." }
            if due < asOf { return "Выполняется, срок истёк \(due.russian)." }
            if due == asOf { return "Выполняется, срок истекает \(due.russian)." }
            return "Выполняется, срок до \(due.russian)."
        case .planned:
            guard let window else { return deadline == .unrecognized ? unreadDeadline : noMark }
            if window.end < asOf { return "Не выполнено (срок \(window.end.russian))." }
            if window.end == asOf { return "Срок истекает \(window.end.russian), отметки нет." }
            if window.start > asOf { return "Срок не наступил (с \(window.start.russian))." }
            return "Срок до \(window.end.russian), отметки нет."
        }
    }

    /// The measure row's mark when its occurrences are listed under it:
    /// how many of them stand where — «из 7: выполнено 2, выполняется 3,
    /// просрочено 2» — each occurrence in exactly one group, none left out.
    public static func tally(_ counts: StatusCounts) -> String {
        let groups: [(Int, String)] = [
            (counts.done, "выполнено"), (counts.inProgress, "выполняется"), (counts.overdue, Standing.overdueWord),
            (counts.notDone, "не выполнено"), (counts.cancelled, "отменено"), (counts.planned, "запланировано"),
        ]
        let parts = groups.filter { $0.0 > 0 }.map { "\($0.1) \($0.0)" }
        return "из \(counts.total): " + parts.joined(separator: ", ")
    }

    /// «2022 год» or «2020-2021 учебный год».
    public static func period(_ period: Period) -> String {
        switch period {
        case .calendar(let year): return "\(year) год"
        case .academic(let year): return "\(year)-\(year + 1) учебный год"
        }
    }

    /// A recurring measure's occurrence as people name it: «I четверть»,
    /// «IV квартал 2020 г.», «II полугодие 2021 г.», «январь 2022 г.». A
    /// term takes the roadmap's own name for it when the term's end falls in
    /// the window. The window's start names the period: an occurrence «по
    /// итогам» starts inside the period it closes and runs a few days past it.
    public static func occurrence(_ window: DateWindow, recurrence: Recurrence?, terms: [SchoolTerm],
                                  termEnds: [Day]) -> String {
        let start = window.start
        switch recurrence {
        case .term:
            if let term = terms.first(where: { window.start <= $0.end && $0.end <= window.end }) { return term.name }
            let end = termEnds.first { window.start <= $0 && $0 <= window.end } ?? window.end
            return "\(roman(termNumber(endingIn: end.month))) четверть"
        case .quarterly:
            return "\(roman((start.month - 1) / 3 + 1)) квартал \(start.year) г."
        case .halfYear:
            return "\(start.month <= 6 ? "I" : "II") полугодие \(start.year) г."
        case .monthly:
            return "\(monthNames[start.month - 1]) \(start.year) г."
        case nil:
            return self.window(window)
        }
    }

    /// The school year's terms end in autumn, at the new year, in March and in May.
    static func termNumber(endingIn month: Int) -> Int {
        switch month {
        case 9...11: return 1
        case 12, 1, 2: return 2
        case 3, 4: return 3
        default: return 4
        }
    }

    static func roman(_ number: Int) -> String {
        ["I", "II", "III", "IV"][max(1, min(number, 4)) - 1]
    }

    /// An occurrence's period as a sub-row names it: «март 2022 г.» for a
    /// whole month, «15.01.2021» for one day, else «01.01.2022–31.03.2022».
    public static func window(_ window: DateWindow) -> String {
        if window.start == window.end { return window.start.russian }
        if window.start.day == 1, window.start.month == window.end.month, window.start.year == window.end.year,
           window.end == Day.lastOf(month: window.end.month, year: window.end.year) {
            return "\(monthNames[window.start.month - 1]) \(window.start.year) г."
        }
        return "\(window.start.russian)–\(window.end.russian)"
    }

    static let monthNames = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                             "сентябрь", "октябрь", "ноябрь", "декабрь"]

    /// «12 из 20 (60 %)» or a plain sentence when nothing was due yet.
    public static func share(_ share: OnTimeShare, asOf: Day) -> String {
        guard let percent = share.percent else {
            return "мероприятий со сроком до \(asOf.russian) нет"
        }
        return "\(share.onTime) из \(share.due) (\(percent) %)"
    }
}
