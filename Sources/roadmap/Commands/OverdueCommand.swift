import ArgumentParser
import RoadmapDocuments
import RoadmapModel
import RoadmapStore

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Просроченные мероприятия на дату: что, на сколько дней, кто отвечает, какая школа.",
        discussion: """
        Просрочено то, срок чего закончился до указанной даты и что не отмечено \
        выполненным или отменённым. Сначала — самые давние.
        Ответ берётся из индекса в ~/.cache/roadmap, пока файлы данных не менялись; \
        иначе файлы читаются заново и индекс перестраивается. --no-cache — читать файлы всегда.
        Пример: roadmap overdue --as-of 01.03.2021 --format csv > просрочено.csv
        """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var date: AsOfOption

    @OptionGroup var schoolFilter: SchoolFilter

    @Option(help: ArgumentHelp("Только мероприятия, где среди ответственных есть этот текст.", valueName: "TEXT"))
    var responsible: String?

    @Option(help: ArgumentHelp("Формат: table, json или csv.", valueName: "FORMAT"))
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-cache"), help: "Не пользоваться индексом: всегда читать файлы данных.")
    var noCache = false


    func run() throws {
        // The school is resolved from its name once the data is read.
        let query = OverdueQuery(asOf: try date.day(at: options), school: nil, responsible: responsible)
        let items = try noCache ? fromJSON(query) : fromCache(query)
        switch format {
        case .table: Console.out(OverdueOutput.table(items, asOf: query.asOf))
        case .json: Console.out(OverdueOutput.json(items), terminator: "")
        case .csv: Console.out(OverdueOutput.csv(items), terminator: "")
        }
    }
}

extension OverdueCommand {
    /// The JSON files, every one read and checked as every other command
    /// does; each record kept as its entry on the day (a table, not the
    /// histories): the list needs the statuses only.
    private func fromJSON(_ query: OverdueQuery) throws -> [OverdueItem] {
        let (_, plan, entries) = try options.load(entries: .asOf(query.asOf))
        var query = query
        query.school = try schoolFilter.checked(in: plan)
        return Overdue.items(plan: plan, entries: entries, schedule: Schedule(plan), query: query)
    }

    /// The index while it matches every data file (after a mark, with the
    /// changed progress files read again), else the JSON files and a new index. The warnings line is the same either way: the index
    /// keeps the count its load gave, and the files it came from are unchanged.
    private func fromCache(_ query: OverdueQuery) throws -> [OverdueItem] {
        let root = try DataLocation.existing(options.data)
        let cache = OverdueIndexCache(root: root)
        guard let hit = cache.refreshed() else {
            let (data, _) = try options.checked(cache.loadAndRebuild(), DataDirectory(root), quietWarnings: false)
            var query = query
            query.school = try schoolFilter.checked(in: data)
            return Overdue.items(in: data, schedule: Schedule(data), query: query)
        }
        DataOptions.reportWarnings(hit.warningCount)
        var query = query
        if schoolFilter.school != nil {
            let index = hit.index
            query.school = try schoolFilter.checked(in: RoadmapData(roadmap: index.roadmap, schools: index.schools,
                                                                    measures: index.measures, progress: []))
        }
        return hit.index.overdueItems(query: query)
    }
}

/// The three forms of the overdue list.
enum OverdueOutput {
    static func table(_ items: [OverdueItem], asOf: Day) -> String {
        guard !items.isEmpty else { return "На \(asOf.russian) просроченных мероприятий нет." }
        var table = TextTable(columns: [
            .init(header: "Дней", alignRight: true), .init(header: "№"),
            .init(header: "Мероприятие", flexible: true), .init(header: "Школа", omittedWhenAll: "—"),
            .init(header: "Срок"), .init(header: "Ответственные", wraps: true),
        ])
        table.rows = items.map {
            [String($0.daysOverdue), $0.measure.number, $0.measure.title, $0.school?.shortName ?? "—",
             $0.due.russian, $0.measure.responsible.joined(separator: ", ")]
        }
        return "Просрочено на \(asOf.russian): \(items.count)\n\n" + table.render(width: Console.terminalWidth)
    }

    static func json(_ items: [OverdueItem]) -> String {
        OverdueJSON.string(items)
    }

    static func csv(_ items: [OverdueItem]) -> String {
        CSVText.document(
            header: ["Дней просрочки", "№", "Мероприятие", "Школа", "Срок", "Ответственные", "Статус"],
            rows: items.map {
                [String($0.daysOverdue), $0.measure.number, $0.measure.title, $0.school?.name ?? "",
                 $0.due.russian, $0.measure.responsible.joined(separator: ", "), $0.status.russian]
            })
    }
}
