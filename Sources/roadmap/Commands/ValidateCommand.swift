import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Проверяет каталог данных и сообщает обо всех ошибках сразу.",
        discussion: """
        Каждая ошибка — строкой «файл:строка:столбец: сообщение». Нераспознанные сроки — \
        предупреждения. Код выхода 65, если есть ошибки, 66, если каталога нет, иначе 0. Ничего не записывает.
        Пример: roadmap validate --data ~/roadmap-2022
        """
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let directory = DataDirectory(try DataLocation.existing(options.data))
        let report = directory.load()
        for diagnostic in report.diagnostics { Console.out(Console.visible(diagnostic.description)) }
        if !report.errors.isEmpty {
            Console.out("Ошибок: \(report.errors.count), предупреждений: \(report.warnings.count). Каталог: \(directory.root.path)")
            throw ExitStatus.dataError
        }
        guard let data = report.data else { throw ExitStatus.dataError }
        let future = Self.doneInTheFuture(data, today: Day(Date()))
        for line in future { Console.out(Console.visible(line)) }
        let schedule = Schedule(data)
        let unread = data.measures.filter { schedule.deadline(of: $0).kind == .unrecognized }.count
        Console.out("Ошибок нет. Мероприятий: \(data.measures.count), школ: \(data.schools.count), "
            + "отметок: \(data.progressCount), сроков не распознано: \(unread), предупреждений: \(report.warnings.count + future.count).")
    }

    /// A «выполнено» dated after today (typed by hand, or a wrong clock):
    /// it counts only from that day on, so every report before it leaves
    /// the measure undone — worth a warning, not a refusal.
    static func doneInTheFuture(_ data: RoadmapData, today: Day) -> [String] {
        // Filtered first: of a region's records only a few are dated ahead,
        // and only those need the order the messages are printed in.
        data.allRecords.filter { $0.history.contains { ($0.doneOn ?? today) > today } }
            .sorted { $0.key < $1.key }.flatMap { record in
            record.history.compactMap(\.doneOn).filter { $0 > today }.map { day in
                var place = "мероприятие \(data.measure(record.key.measure)?.number.withoutFinalDot ?? record.key.measure)"
                if let school = record.key.school { place += ", школа \(data.school(school)?.shortName ?? school)" }
                if let occurrence = record.key.occurrence { place += ", срок до \(occurrence.russian)" }
                return "\(DataFile.holding(record.key).relativePath): предупреждение: \(place): дата выполнения \(day.russian) "
                    + "ещё не наступила — до этого дня отметка не учитывается"
            }
        }
    }
}
