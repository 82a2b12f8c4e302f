import Foundation
import RoadmapModel

/// The words the report writes where a person wrote nothing, and the way it
/// names periods. Kept in one place so every format uses the same words
/// (the README lists them).
public enum ReportWording {
    /// A deadline without dates («по отдельному плану») and no mark.
    public static let noMark = StateSentence.noMark
    /// A deadline the grammar could not read and no mark.
    public static let unreadDeadline = StateSentence.unreadDeadline
    /// A per-school measure when the programme has no schools for it.
    public static let noSchools = "Школ в программе нет."

    /// The «Отметка о выполнении» of one occurrence: first its state and
    /// day in the documents' words («Выполнено 10.06.2021.», «Не выполнено
    /// (срок 30.04.2022).», «Выполняется, срок истёк 30.04.2022.»), then the
    /// note as written — the note never hides the state.
    public static func mark(status: Status, note: String?, doneOn: Day?, window: DateWindow?,
                            deadline: DeadlineKind, asOf: Day) -> String {
        let state = self.state(status: status, doneOn: doneOn, window: window, deadline: deadline, asOf: asOf)
        guard let note = note.flatMap(trimmed) else { return state }
        return "\(state) \(note)"
    }

    /// The note without spaces and line breaks at its edges, nil when
    /// nothing else is left. Most notes have none there: given back as they
    /// are, without a trip through Foundation for each of a region's rows.
    static func trimmed(_ note: String) -> String? {
        guard let first = note.unicodeScalars.first, let last = note.unicodeScalars.last else { return nil }
        let edges = CharacterSet.whitespacesAndNewlines
        guard edges.contains(first) || edges.contains(last) else { return note }
        let inner = note.trimmingCharacters(in: edges)
        return inner.isEmpty ? nil : inner
    }

    /// The state and day alone, a sentence (`StateSentence`): `roadmap list`
    /// and the dashboard's detail say it the same way.
    public static func state(status: Status, doneOn: Day?, window: DateWindow?, deadline: DeadlineKind, asOf: Day) -> String {
        StateSentence.of(status: status, doneOn: doneOn, window: window, deadline: deadline, asOf: asOf)
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
    public static func period(_ period: Period) -> String { OccurrenceName.period(period) }

    /// A recurring measure's occurrence as people name it (`OccurrenceName`).
    public static func occurrence(_ window: DateWindow, recurrence: Recurrence?, terms: [SchoolTerm],
                                  termEnds: [Day]) -> String {
        OccurrenceName.of(window, recurrence: recurrence, terms: terms, termEnds: termEnds)
    }

    /// «12 из 20 (60 %)» or a plain sentence when nothing was due yet.
    public static func share(_ share: OnTimeShare, asOf: Day) -> String {
        guard let percent = share.percent else {
            return "мероприятий со сроком до \(asOf.russian) нет"
        }
        return "\(share.onTime) из \(share.due) (\(percent) %)"
    }
}
