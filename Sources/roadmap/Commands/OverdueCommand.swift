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
        Пример: roadmap overdue --as-of 01.03.2021 --format csv > просрочено.csv
        """
    )

    @OptionGroup var options: DataOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); по умолчанию сегодня.", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Только эта школа (id).", valueName: "ID"))
    var school: String?

    @Option(help: ArgumentHelp("Только мероприятия, где среди ответственных есть этот текст.", valueName: "TEXT"))
    var responsible: String?

    @Option(help: ArgumentHelp("Формат: table, json или csv.", valueName: "FORMAT"))
    var format: OutputFormat = .table

    func validate() throws {
        _ = try DateArgument.parse(asOf, option: "--as-of", default: DateArgument.today)
    }

    func run() throws {
        let (_, data) = try options.load()
        if let school { try SchoolArgument.check(school, in: data) }
        let query = OverdueQuery(asOf: try DateArgument.parse(asOf, option: "--as-of", default: DateArgument.today),
                                 school: school, responsible: responsible)
        let items = Overdue.items(in: data, schedule: Schedule(data), query: query)
        switch format {
        case .table: Console.out(OverdueOutput.table(items, asOf: query.asOf))
        case .json: Console.out(OverdueOutput.json(items), terminator: "")
        case .csv: Console.out(OverdueOutput.csv(items), terminator: "")
        }
    }
}

/// The three forms of the overdue list.
enum OverdueOutput {
    static func table(_ items: [OverdueItem], asOf: Day) -> String {
        guard !items.isEmpty else { return "На \(asOf.russian) просроченных мероприятий нет." }
        var table = TextTable(columns: [
            .init(header: "Дней", alignRight: true), .init(header: "№"),
            .init(header: "Мероприятие", flexible: true), .init(header: "Школа"),
            .init(header: "Срок"), .init(header: "Ответственные"),
        ])
        table.rows = items.map {
            [String($0.daysOverdue), $0.measure.number, $0.measure.title, $0.school?.shortName ?? "—",
             $0.due.russian, $0.measure.responsible.joined(separator: ", ")]
        }
        return "Просрочено на \(asOf.russian): \(items.count)\n\n" + table.render(width: Console.terminalWidth)
    }

    static func json(_ items: [OverdueItem]) -> String {
        JSONWriter.string(.array(items.map { item in
            .object([
                "measure": .string(item.measure.id),
                "school": item.school.map { .string($0.id) } ?? .null,
                "title": .string(item.measure.title),
                "due": .string(item.due.iso),
                "daysOverdue": .integer(item.daysOverdue),
                "responsible": .array(item.measure.responsible.map { .string($0) }),
                "status": .string(item.status.rawValue),
            ])
        }))
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
