import RoadmapModel

/// The words the report writes where a person wrote nothing, and the way it
/// names periods. Kept in one place so every format uses the same words
/// (the README lists them).
public enum ReportWording {
    /// The window ended and nothing was marked: the documents write «нет».
    public static let notDoneAfterDeadline = "нет"
    /// The deadline is still ahead and nothing was marked.
    public static let notYetDue = "срок не наступил"
    /// A deadline without dates («по отдельному плану») and no mark.
    public static let noMark = "отметки нет"
    /// A deadline the grammar could not read and no mark.
    public static let unreadDeadline = "срок не распознан"
    /// A per-school measure when the programme has no schools for it.
    public static let noSchools = "школ в программе нет"

    /// The «Отметка о выполнении» of one occurrence: the note as written
    /// when there is one, else the status in the documents' words, with
    /// «просрочено» when it is late as the totals count it («выполняется,
    /// просрочено»); an unmarked occurrence says whether its deadline has
    /// passed.
    public static func mark(status: Status, note: String?, doneOn: Day?, window: DateWindow?,
                            deadline: DeadlineKind, asOf: Day) -> String {
        if let note, !note.allSatisfy(\.isWhitespace) { return note }
        switch status {
        case .done: return doneOn.map { "выполнено \($0.russian)" } ?? Status.done.russian
        case .inProgress, .notDone, .cancelled:
            return Standing(status, due: window?.end, asOf: asOf).words(for: status)
        case .planned:
            guard let window else { return deadline == .unrecognized ? unreadDeadline : noMark }
            return window.end < asOf ? notDoneAfterDeadline : notYetDue
        }
    }

    /// The measure row's mark when its occurrences are listed under it:
    /// «выполнено 2 из 7, просрочено 3».
    public static func tally(_ counts: StatusCounts) -> String {
        var text = "выполнено \(counts.done) из \(counts.total)"
        if counts.overdue > 0 { text += ", \(Standing.overdueWord) \(counts.overdue)" }
        return text
    }

    /// «2022 год» or «2020-2021 учебный год».
    public static func period(_ period: Period) -> String {
        switch period {
        case .calendar(let year): return "\(year) год"
        case .academic(let year): return "\(year)-\(year + 1) учебный год"
        }
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
