import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Создаёт каталог данных из встроенного примера или пустой.",
        discussion: """
        Примеры: terek-2022 (Терский район, 2022 год), terek-2022-progress (он же с отметками \
        за год), vladivostok-2020 (Владивосток, 2020-2021 учебный год), seryshevo-2023 \
        (Серышевский округ, 2023 год), izhevsk-2020 (Ижевск, справка об итогах 2020-2021 \
        учебного года), sol-iletsk-2020 (Соль-Илецкий округ, исполнение плана на 01.12.2020).
        Пример: roadmap init ~/roadmap --sample vladivostok-2020
        Пустая дорожная карта, которую затем заполняют в панели:
          roadmap init ~/roadmap --empty --period 2022 --municipality "Терский муниципальный район"
        """
    )

    static let defaultTitle = "План мероприятий («дорожная карта») по поддержке школ с низкими образовательными результатами"

    @Argument(help: ArgumentHelp("Новый каталог (не должен содержать файлов).", valueName: "DIR"))
    var directory: String

    @Option(help: ArgumentHelp("Имя примера.", valueName: "NAME"))
    var sample: String?

    @Option(help: ArgumentHelp("Адрес общего репозитория git: получить дорожную карту, которую ведут на другом компьютере.",
                               valueName: "URL"))
    var from: String?

    @Flag(help: "Пустая дорожная карта: без разделов, мероприятий и школ.")
    var empty = false

    @Option(help: ArgumentHelp("Название дорожной карты (с --empty).", valueName: "TEXT"))
    var title: String?

    @Option(help: ArgumentHelp("Муниципалитет (с --empty).", valueName: "TEXT"))
    var municipality: String?

    @Option(help: ArgumentHelp("Период (с --empty): 2022 (календарный год) или 2022-2023 (учебный); без него — текущий учебный год.",
                               valueName: "PERIOD"))
    var period: String?

    func validate() throws {
        if from != nil, empty || sample != nil || title != nil || municipality != nil || period != nil {
            throw ValidationError("--from указывается без --sample, --empty и их параметров.")
        }
        if from != nil { return }
        if empty {
            if sample != nil { throw ValidationError("--empty и --sample вместе не указываются: выберите одно.") }
            _ = try PeriodArgument.resolve(period)
            if let municipality, municipality.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--municipality: пустое название муниципалитета.")
            }
            return
        }
        if title != nil || municipality != nil || period != nil {
            throw ValidationError("--title, --municipality и --period указываются только с --empty.")
        }
        let name = sample ?? DataLocation.firstUseSample
        guard Samples.names.contains(name) else {
            throw ValidationError("Пример «\(Console.visible(name))» не найден\(Suggestions.hint(for: name, among: Samples.names)).")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: directory)
        if let from { return try InitFromRemote.run(url: from, into: url) }
        do {
            if empty {
                try DataDirectory(url).create(RoadmapData(roadmap: try emptyRoadmap()))
            } else {
                try Samples.install(sample ?? DataLocation.firstUseSample, into: url)
            }
        } catch let error as StoreError {
            Console.error("\(error)")
            throw ExitStatus.cannotWrite
        }
        if empty {
            Console.out("Создан пустой каталог данных \(url.path): добавьте разделы, мероприятия и школы в панели (roadmap --data \(directory)).")
        } else {
            Console.out("Создан каталог данных \(url.path) из примера «\(sample ?? DataLocation.firstUseSample)».")
        }
    }

    private func emptyRoadmap() throws -> Roadmap {
        Roadmap(title: title?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? Self.defaultTitle,
                municipality: municipality?.trimmingCharacters(in: .whitespaces) ?? "муниципальное образование",
                period: try PeriodArgument.resolve(period))
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
