import Foundation

/// A mark of progress: one status for some occurrences, with a note and,
/// for «выполнено», the day the work was done. The dashboard and
/// `roadmap mark` both mark through here, so they agree on which mark
/// changes nothing, what becomes of a note, and which days may be given.
public struct ProgressMark: Hashable, Sendable {
    public var status: Status
    /// The note to write: nil keeps each record's note; a blank one clears it.
    public var note: String?
    /// The day done; only «выполнено» has one.
    public private(set) var doneOn: Day?
    /// When and by whom, as the history keeps them.
    public var at: String
    public var by: String

    /// `day` is the day the work was done (`--date`, or the dashboard's
    /// as-of date); it is checked only for «выполнено». A day after today
    /// is refused, and so is one more than a year outside the roadmap's
    /// period: a typo (`0001-01-01`, `2202`) would otherwise date a mark
    /// where no report would ever count it.
    public init(_ status: Status, note: String?, day: Day, today: Day, period: Period,
                at: String, by: String) throws(MarkRefusal) {
        if status == .done {
            guard day <= today else { throw .future(day, today: today) }
            guard MarkRefusal.allowed(period).contains(day) else { throw .farFromPeriod(day, period) }
            doneOn = day
        }
        self.status = status
        self.note = note
        self.at = at
        self.by = by
    }

    /// The entry this mark appends to a record as it now is, or nil when
    /// the record already says exactly this (status, note and day done).
    func entry(after record: ProgressRecord?) -> HistoryEntry? {
        let kept = note.map { $0.trimmingCharacters(in: .whitespaces) } ?? record?.note
        let entry = HistoryEntry(at: at, by: by, status: status, note: kept?.isEmpty == true ? nil : kept, doneOn: doneOn)
        if let current = record?.current, current.status == entry.status, current.note == entry.note,
           current.doneOn == entry.doneOn {
            return nil
        }
        if record == nil, entry.status == .planned, entry.note == nil { return nil }
        return entry
    }
}

/// Why a mark is not made, in Russian.
public struct MarkRefusal: Error, Hashable, Sendable {
    public var message: String
    /// The reason in a few words, for beside a date field that shows the
    /// day (a narrow line keeps room for the note).
    public var brief: String

    static func future(_ day: Day, today: Day) -> MarkRefusal {
        MarkRefusal(message: "\(day.russian) — день ещё не наступил; дата выполнения не может быть позже сегодняшней (\(today.russian)).",
                    brief: "ещё не наступил")
    }

    static func farFromPeriod(_ day: Day, _ period: Period) -> MarkRefusal {
        let allowed = allowed(period)
        return MarkRefusal(message: "\(day.russian) — больше чем на год вне периода дорожной карты (\(period.start.russian)–\(period.end.russian)); "
            + "дата выполнения — с \(allowed.start.russian) по \(allowed.end.russian).",
                           brief: "вне \(allowed.start.russian)–\(allowed.end.russian)")
    }

    /// The period with a year on each side: work done early for the next
    /// roadmap, or marked late for the last one.
    static func allowed(_ period: Period) -> DateWindow {
        DateWindow(start: period.start.adding(months: -12), end: period.end.adding(months: 12))
    }
}

extension RoadmapData {
    /// Marks every key, skipping those already marked so. Returns the keys
    /// changed, in order, with their records as they were before.
    @discardableResult
    public mutating func apply(_ mark: ProgressMark, to keys: [ProgressKey]) -> [(key: ProgressKey, before: ProgressRecord?)] {
        var changed: [(key: ProgressKey, before: ProgressRecord?)] = []
        for key in keys {
            let before = record(key)
            guard let entry = mark.entry(after: before) else { continue }
            changed.append((key, before))
            apply(entry, to: key)
        }
        return changed
    }
}
