import RoadmapModel
import RoadmapStore

/// The occurrences as a JSON array that taskwarrior 2.6 `task import`
/// accepts: one task per occurrence, closed ones completed.
enum TaskwarriorExport {
    static func json(_ items: [PeerItem], seed: UInt64, created: Day) -> String {
        let entry = timestamp(created, hour: 9)
        return JSONWriter.string(.array(items.map { task($0, seed: seed, entry: entry) }))
    }

    static func task(_ item: PeerItem, seed: UInt64, entry: String) -> JSON {
        var fields: [(String, JSON)] = [
            ("uuid", .string(StableUUID.make(seed: seed, key: item.key))),
            ("description", .string(item.description)),
            ("status", .string(item.isClosed ? "completed" : "pending")),
            ("entry", .string(entry)),
        ]
        // roadmap counts an occurrence overdue from the day after its due
        // day; taskwarrior from the moment `due` passes. The last second of
        // the due day makes both say the same on every later day.
        if let due = item.due { fields.append(("due", .string(timestamp(due, hour: 23, minute: 59, second: 59)))) }
        if item.isClosed, let closed = item.closedOn { fields.append(("end", .string(timestamp(closed, hour: 12)))) }
        fields.append(("project", .string("раздел-" + item.section)))
        fields.append(("tags", .array(tags(item).map { .string($0) })))
        return .object(fields.map { JSON.Member($0.0, $0.1) })
    }

    /// Tags carry what the description does not: whole-municipality or per
    /// school, and the roadmap status.
    static func tags(_ item: PeerItem) -> [String] {
        [item.perSchool ? "школа" : "муниципальное", tag(item.status)]
    }

    private static func tag(_ status: Status) -> String {
        switch status {
        case .planned: return "запланировано"
        case .inProgress: return "выполняется"
        case .done: return "выполнено"
        case .notDone: return "не_выполнено"
        case .cancelled: return "отменено"
        }
    }

    /// `YYYYMMDDTHHMMSSZ`, the form taskwarrior writes in its own export.
    static func timestamp(_ day: Day, hour: Int, minute: Int = 0, second: Int = 0) -> String {
        func two(_ n: Int) -> String { String(n).leftPadded(to: 2) }
        return String(day.year).leftPadded(to: 4) + two(day.month) + two(day.day)
            + "T" + two(hour) + two(minute) + two(second) + "Z"
    }
}
