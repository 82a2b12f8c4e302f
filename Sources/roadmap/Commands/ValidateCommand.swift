import ArgumentParser
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
        let schedule = Schedule(data)
        let unread = data.measures.filter { schedule.deadline(of: $0).kind == .unrecognized }.count
        Console.out("Ошибок нет. Мероприятий: \(data.measures.count), школ: \(data.schools.count), "
            + "отметок: \(data.progressCount), сроков не распознано: \(unread), предупреждений: \(report.warnings.count).")
    }
}
