import ArgumentParser
import RoadmapModel
import RoadmapStore

/// `roadmap history`: every change of every mark, who made it and when —
/// the audit trail behind the report. Reads only.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "История отметок: кто, когда и что изменил.",
        discussion: """
        Примеры:
          roadmap history            все изменения, по времени
          roadmap history 18         изменения мероприятия 18
          roadmap history 8 --school urozhaynoe --format json
        """
    )

    enum Format: String, CaseIterable {
        case table, json
    }

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("Номер мероприятия; без него — все.", valueName: "MEASURE"))
    var measure: String?

    @OptionGroup var schoolFilter: SchoolFilter

    @Option(help: ArgumentHelp("Формат: table или json.", valueName: "FORMAT"))
    var format = "table"

    func validate() throws {
        if Format(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format: неизвестный формат «\(Console.visible(format))»; возможны: table, json.")
        }
    }

    func run() throws {
        let (_, data) = try options.load()
        let measureID = try measure.map { try SchoolArgument.check(measure: $0, in: data).id }
        let school = try schoolFilter.checked(in: data)
        let changes = HistoryRows.changes(in: data, measure: measureID, school: school)
        switch Format(rawValue: format.lowercased()) ?? .table {
        case .table: Console.out(HistoryRows.table(changes, data: data))
        case .json: Console.out(JSONWriter.string(HistoryRows.json(changes), escaping: .display), terminator: "")
        }
    }
}

/// One history entry with the record it belongs to.
struct Change {
    var key: ProgressKey
    var entry: HistoryEntry
}

enum HistoryRows {
    /// Oldest first; entries of one record keep their order.
    static func changes(in data: RoadmapData, measure: String?, school: String?) -> [Change] {
        let records = data.allRecords.filter {
            (measure == nil || $0.key.measure == measure) && (school == nil || $0.key.school == school)
        }.sorted { $0.key < $1.key }
        let changes = records.flatMap { record in record.history.map { Change(key: record.key, entry: $0) } }
        return changes.enumerated().sorted { a, b in
            a.element.entry.at != b.element.entry.at ? a.element.entry.at < b.element.entry.at : a.offset < b.offset
        }.map(\.element)
    }

    static func table(_ changes: [Change], data: RoadmapData) -> String {
        guard !changes.isEmpty else { return "Изменений нет." }
        var table = TextTable(columns: [
            .init(header: "Когда"), .init(header: "Кто", wraps: true), .init(header: "№"),
            .init(header: "Школа", omittedWhenAll: "—"), .init(header: "Срок", omittedWhenAll: "—"),
            .init(header: "Статус", wraps: true), .init(header: "Отметка", flexible: true),
        ])
        table.rows = changes.map { change in
            let entry = change.entry
            var status = entry.status.russian
            if let doneOn = entry.doneOn { status += " \(doneOn.russian)" }
            return [Timestamp.russian(entry.at), entry.by, data.measure(change.key.measure)?.number ?? change.key.measure,
                    change.key.school.map { data.school($0)?.shortName ?? $0 } ?? "—",
                    change.key.occurrence?.russian ?? "—", status, entry.note ?? ""]
        }
        return table.render(width: Console.terminalWidth) + "\nИзменений: \(changes.count)"
    }

    static func json(_ changes: [Change]) -> JSON {
        .array(changes.map { change in
            let entry = change.entry
            var members: [JSON.Member] = [
                .init("measure", .string(change.key.measure)),
                .init("school", change.key.school.map(JSON.string) ?? .null),
                .init("occurrence", change.key.occurrence.map { .string($0.description) } ?? .null),
                .init("at", .string(entry.at)),
                .init("by", .string(entry.by)),
                .init("status", .string(entry.status.rawValue)),
            ]
            if let note = entry.note { members.append(.init("note", .string(note))) }
            if let doneOn = entry.doneOn { members.append(.init("doneOn", .string(doneOn.description))) }
            return .object(members)
        })
    }
}
