import ArgumentParser
import RoadmapDocuments
import RoadmapModel
import RoadmapRegion

struct RegionOverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Просроченное во всех муниципалитетах региона на дату, с названием муниципалитета.",
        discussion: """
        То же, что roadmap overdue для каждого муниципалитета (по его копии в региональном каталоге), \
        одним списком: сначала самые давние. Муниципалитет, чьи данные ещё не получены или содержат \
        ошибки, называется в стандартном потоке ошибок.
        Пример: roadmap region overdue --as-of 01.03.2021 --format csv > просрочено-регион.csv
        """
    )

    @OptionGroup var options: RegionOptions

    @OptionGroup var date: AsOfOption

    @Option(help: ArgumentHelp("Формат: table, json или csv.", valueName: "FORMAT"))
    var format: OutputFormat = .table

    func run() throws {
        let (region, municipalities) = try options.municipalities()
        let day = try date.day
        let (items, gaps) = RegionOverdue.items(in: region, municipalities, asOf: day)
        for gap in gaps { Console.error("\(gap.municipality.name): \(gap.reason) — не учтён.") }
        switch format {
        case .table: Console.out(Self.table(items, asOf: day))
        case .json: Console.out(RegionOverdueJSON.string(items), terminator: "")
        case .csv: Console.out(Self.csv(items), terminator: "")
        }
    }

    static func table(_ items: [RegionOverdueItem], asOf: Day) -> String {
        guard !items.isEmpty else { return "На \(asOf.russian) просроченных мероприятий в муниципалитетах нет." }
        var table = TextTable(columns: [
            .init(header: "Дней", alignRight: true), .init(header: "Муниципалитет", wraps: true), .init(header: "№"),
            .init(header: "Мероприятие", flexible: true), .init(header: "Школа", omittedWhenAll: "—"),
            .init(header: "Срок"), .init(header: "Ответственные", wraps: true),
        ])
        table.rows = items.map { row in
            let item = row.item
            return [String(item.daysOverdue), row.municipality.name, item.measure.number, item.measure.title,
                    item.school?.shortName ?? "—", item.due.russian, item.measure.responsible.joined(separator: ", ")]
        }
        return "Просрочено на \(asOf.russian) в муниципалитетах: \(items.count)\n\n" + table.render(width: Console.terminalWidth)
    }

    static func csv(_ items: [RegionOverdueItem]) -> String {
        CSVText.document(
            header: ["Муниципалитет", "Дней просрочки", "№", "Мероприятие", "Школа", "Срок", "Ответственные", "Статус"],
            rows: items.map { row in
                let item = row.item
                return [row.municipality.name, String(item.daysOverdue), item.measure.number, item.measure.title,
                        item.school?.name ?? "", item.due.russian, item.measure.responsible.joined(separator: ", "),
                        item.status.russian]
            })
    }
}
