import ArgumentParser
import Foundation
import RoadmapStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Создаёт каталог данных из встроенного примера.",
        discussion: """
        Примеры: terek-2022 (Терский район, 2022 год), vladivostok-2020 (Владивосток, \
        2020-2021 учебный год), seryshevo-2023 (Серышевский округ, 2023 год).
        Пример: roadmap init ~/roadmap --sample vladivostok-2020
        """
    )

    @Argument(help: ArgumentHelp("Новый каталог (не должен содержать файлов).", valueName: "DIR"))
    var directory: String

    @Option(help: ArgumentHelp("Имя примера.", valueName: "NAME"))
    var sample: String = DataLocation.firstUseSample

    func validate() throws {
        guard Samples.names.contains(sample) else {
            throw ValidationError("Пример «\(Console.visible(sample))» не найден\(Suggestions.hint(for: sample, among: Samples.names)).")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: directory)
        do {
            try Samples.install(sample, into: url)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.cannotWrite
        }
        Console.out("Создан каталог данных \(url.path) из примера «\(sample)».")
    }
}
