/// An occurrence's state and day as one sentence in the documents' own
/// words («Выполнено 10.06.2021.», «Не выполнено (срок 30.04.2022).»,
/// «Выполняется, срок истёк 30.04.2022.»). The справка, its CSV, `roadmap
/// list` and the dashboard's detail all say it this way, so the same
/// occurrence reads the same wherever it is seen.
///
/// The last day of a window is its deadline day: on it the occurrence is
/// due («срок истекает 31.12.2022»), not «срок не наступил»; from the next
/// day on, unclosed, it is late.
public enum StateSentence {
    /// A deadline without dates («по отдельному плану») and no mark.
    public static let noMark = "Отметки нет."
    /// A deadline the grammar could not read and no mark.
    public static let unreadDeadline = "Срок не распознан."

    public static func of(status: Status, doneOn: Day?, window: DateWindow?, deadline: DeadlineKind,
                          asOf: Day) -> String {
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
            return unmarked(window: window, deadline: deadline, asOf: asOf)
        }
    }

    private static func unmarked(window: DateWindow?, deadline: DeadlineKind, asOf: Day) -> String {
        guard let window else { return deadline == .unrecognized ? unreadDeadline : noMark }
        if window.end < asOf { return "Не выполнено (срок \(window.end.russian))." }
        if window.end == asOf { return "Срок истекает \(window.end.russian), отметки нет." }
        if window.start > asOf { return "Срок не наступил (с \(window.start.russian))." }
        return "Срок до \(window.end.russian), отметки нет."
    }
}
