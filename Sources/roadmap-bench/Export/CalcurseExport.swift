import RoadmapModel

/// The occurrences in calcurse 4.7's own files: `apts` with one
/// appointment per dated occurrence on its due day, and `todo` with one
/// item per occurrence whose completion mark carries the status.
enum CalcurseExport {
    /// `MM/DD/YYYY @ 09:00 -> MM/DD/YYYY @ 10:00 |description`, sorted by
    /// day as calcurse writes the file itself.
    static func appointments(_ items: [PeerItem]) -> String {
        let dated = items.compactMap { item in item.due.map { ($0, item) } }
            .enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
        var text = ""
        for (_, (due, item)) in dated {
            let day = date(due)
            text += "\(day) @ 09:00 -> \(day) @ 10:00 |\(line(item.description))\n"
        }
        return text
    }

    /// `[N] description`: calcurse marks a completed todo by a negative
    /// priority. Open items get 1 when not done, 3 in progress, 5 planned,
    /// so calcurse's own ordering puts what went wrong first. calcurse
    /// keeps no due day on a todo: it goes into the text as `(срок
    /// YYYY-MM-DD)`, so `--filter-pattern` can ask for the days before one.
    static func todos(_ items: [PeerItem]) -> String {
        var text = ""
        for item in items {
            let due = item.due.map { " (срок \($0.iso))" } ?? ""
            text += "[\(priority(item.status))] \(line(item.description))\(due)\n"
        }
        return text
    }

    static func priority(_ status: Status) -> Int {
        switch status {
        case .notDone: return 1
        case .inProgress: return 3
        case .planned: return 5
        case .done: return -5
        case .cancelled: return -9
        }
    }

    /// calcurse's default input and output date form.
    static func date(_ day: Day) -> String {
        String(day.month).leftPadded(to: 2) + "/" + String(day.day).leftPadded(to: 2) + "/" + String(day.year)
    }

    /// One item is one line, and `|` separates times from the description.
    private static func line(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" || $0 == "|" ? " " : $0 })
    }
}
