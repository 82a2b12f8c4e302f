import RoadmapModel
import RoadmapStore

/// The marks one version of the data has and another has not, one line
/// each, as the commit message and `sync`'s report name them:
/// «18. Час контроля — май 2022: выполнено 12.05.2022 (Иванова)».
struct ChangeLines {
    /// The data the lines name measures and schools from; without it, ids.
    let data: RoadmapData?
    private let schedule: Schedule?

    init(data: RoadmapData?) {
        self.data = data
        schedule = data.map(Schedule.init)
    }

    /// Every history entry of `after` that `before` does not have, in time
    /// order; a file that is not a progress file is named whole.
    func lines(path: String, before: [UInt8]?, after: [UInt8]?) -> [String] {
        guard case .progress? = DataFile(relativePath: path) else { return ["изменён \(path)"] }
        let old = before.flatMap { DataDirectory.progressRecords($0, file: path) } ?? []
        guard let new = after.flatMap({ DataDirectory.progressRecords($0, file: path) }) else {
            return after == nil ? ["удалён \(path)"] : ["изменён \(path)"]
        }
        let known = Dictionary(old.map { ($0.key, Set($0.history)) }, uniquingKeysWith: { a, _ in a })
        var added: [(key: ProgressKey, entry: HistoryEntry)] = []
        for record in new.sorted(by: { $0.key < $1.key }) {
            for entry in record.history where known[record.key]?.contains(entry) != true {
                added.append((record.key, entry))
            }
        }
        return added.map { line(key: $0.key, entry: $0.entry) }
    }

    func line(key: ProgressKey, entry: HistoryEntry) -> String {
        var text = "\(name(key)): \(entry.status.russian)"
        if let day = entry.doneOn { text += " \(day.russian)" }
        return text + " (\(entry.by))"
    }

    /// «18. Час контроля — май 2022», with the school when it has one.
    func name(_ key: ProgressKey) -> String {
        let measure = data?.measure(key.measure)
        var text = (measure?.number.withoutFinalDot ?? key.measure) + "."
        if let title = measure?.title { text += " " + Self.short(title) }
        if let id = key.school { text += ", \(data?.school(id)?.shortName ?? id)" }
        if let day = key.occurrence { text += " — " + occurrence(day, of: measure) }
        return text
    }

    /// A whole month by its name, any other window by its last day.
    private func occurrence(_ day: Day, of measure: Measure?) -> String {
        guard let schedule, let measure,
              let window = schedule.deadline(of: measure).windows.first(where: { $0.end == day }),
              window.start == Day.firstOf(month: day.month, year: day.year),
              day == Day.lastOf(month: day.month, year: day.year) else { return "срок до \(day.russian)" }
        return "\(Self.months[day.month - 1]) \(day.year)"
    }

    private static let months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                 "сентябрь", "октябрь", "ноябрь", "декабрь"]

    private static func short(_ title: String) -> String {
        title.count <= 50 ? title : String(title.prefix(49)) + "…"
    }
}
