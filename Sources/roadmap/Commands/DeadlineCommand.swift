import ArgumentParser
import RoadmapModel
import RoadmapStore

struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Показывает, как прочитан срок исполнения.",
        discussion: """
        Пример: roadmap deadline "Декабрь 2020 года – май 2021 года (по отдельному графику)" --period 2020-2021
        Без --period берётся текущий учебный год; текст ответа называет период.
        Код выхода 65, если срок не распознан (ответ всё равно выводится), иначе 0.
        """
    )

    @Argument(help: ArgumentHelp("Срок, как он напечатан в документе.", valueName: "PHRASE"))
    var phrase: String

    @Option(help: ArgumentHelp("Период дорожной карты: 2022 (календарный год) или 2020-2021 (учебный).", valueName: "PERIOD"))
    var period: String?

    @Option(help: ArgumentHelp("Формат: text или json.", valueName: "FORMAT"))
    var format: DeadlineFormat = .text

    enum DeadlineFormat: String, ExpressibleByArgument {
        case text, json
    }

    func validate() throws { _ = try PeriodArgument.resolve(period) }

    func run() throws {
        let period = try PeriodArgument.resolve(self.period)
        let deadline = DeadlineParser.parse(phrase, in: DeadlineContext(period: period))
        switch format {
        case .json: Console.out(DeadlineOutput.json(deadline), terminator: "")
        case .text: Console.out(DeadlineOutput.text(deadline, period: period, assumed: self.period == nil))
        }
        // A script checking a phrase must tell «not read» from «read» without
        // parsing the answer.
        if deadline.kind == .unrecognized { throw ExitStatus.dataError }
    }
}

enum DeadlineOutput {
    /// Exactly `{"phrase", "kind", "recurrence", "windows", "qualifier"}`, in that order; a
    /// window the cell names has `"name"` after its dates.
    static func json(_ deadline: Deadline) -> String {
        JSONWriter.string(.object([
            "phrase": .string(deadline.phrase),
            "kind": .string(deadline.kind.rawValue),
            "recurrence": deadline.recurrence.map { .string($0.rawValue) } ?? .null,
            "windows": .array(deadline.windows.indices.map { index in
                let window = deadline.windows[index]
                let name = deadline.name(ofWindow: index).map { [JSON.Member("name", .string($0))] } ?? []
                return .object([JSON.Member("start", .string(window.start.iso)), JSON.Member("end", .string(window.end.iso))] + name)
            }),
            "qualifier": deadline.qualifier.map { .string($0) } ?? .null,
        ]), escaping: .display)
    }

    static func text(_ deadline: Deadline, period: Period, assumed: Bool) -> String {
        var lines = ["Срок: «\(Console.visible(deadline.phrase))»",
                     "Период: \(name(of: period))" + (assumed ? " (по умолчанию — текущий)" : ""),
                     "Прочитан как: " + describe(deadline)]
        if let qualifier = deadline.qualifier { lines.append("Уточнение: \(Console.visible(qualifier))") }
        lines += deadline.windows.indices.map { index in
            let window = deadline.windows[index]
            let name = deadline.name(ofWindow: index).map { "\(Console.visible($0)): " } ?? ""
            return "  \(name)\(window.start.russian) – \(window.end.russian)"
        }
        return lines.joined(separator: "\n")
    }

    /// «2022 год», «2020-2021 учебный год».
    static func name(of period: Period) -> String {
        period.isAcademic ? "\(period) учебный год" : "\(period) год"
    }

    static func describe(_ deadline: Deadline) -> String {
        switch deadline.kind {
        case .windows: return deadline.windows.count == 1 ? "один период" : "периодов: \(deadline.windows.count)"
        case .continuous: return "постоянно, весь период"
        case .unscheduled: return "без дат (по отдельному плану)"
        case .unrecognized: return "срок не распознан"
        case .recurring:
            let what: String
            switch deadline.recurrence {
            case .monthly: what = "ежемесячно"
            case .quarterly: what = "ежеквартально"
            case .term: what = "каждую четверть"
            case .halfYear: what = "каждое полугодие"
            case nil: what = "повторяется"
            }
            return "\(what), раз: \(deadline.windows.count)"
        }
    }
}
