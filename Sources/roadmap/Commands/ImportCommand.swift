import ArgumentParser
import Foundation
import RoadmapImport
import RoadmapModel
import RoadmapStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Создаёт каталог данных из таблицы дорожной карты (DOCX, ODT, XLSX, TSV/CSV или текст документа).",
        discussion: """
        Находит таблицу мероприятий (№, мероприятие, срок, ответственные, результат), разделы, \
        перенесённые строки, повторы заголовка и номера страниц; читает каждый срок. \
        Печатает сводку: мероприятия по разделам, прочитанные и нераспознанные сроки, \
        подозрения на ошибки распознавания.
        Пример: roadmap import приказ.txt --into ~/roadmap-vl --period 2020-2021
        """
    )

    @Argument(help: ArgumentHelp("Документ: .docx, .odt, .xlsx, .tsv, .csv или текст (.txt).", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("Новый каталог данных (не должен содержать файлов, если нет --force).", valueName: "DIR"))
    var into: String

    @Option(help: ArgumentHelp("Период: 2022 (календарный год) или 2020-2021 (учебный); иначе из заголовка.", valueName: "PERIOD"))
    var period: String?

    @Option(help: ArgumentHelp("Заголовок дорожной карты вместо найденного в документе.", valueName: "TEXT"))
    var title: String?

    @Option(help: ArgumentHelp("Муниципалитет вместо найденного в документе.", valueName: "TEXT"))
    var municipality: String?

    @Flag(help: "Заменить непустой каталог (только после успешного импорта).")
    var force = false

    func validate() throws {
        _ = try PeriodArgument.parse(period)
    }

    func run() throws {
        let destination = ImportDestination(URL(fileURLWithPath: into), force: force)
        let report: ImportReport
        do {
            try destination.check()
        } catch {
            Console.error("\(error)")
            throw ExitStatus.cannotWrite
        }
        do {
            let options = ImportOptions(period: try PeriodArgument.parse(period), title: title,
                                        municipality: municipality)
            report = try RoadmapImporter.read(URL(fileURLWithPath: file), named: file, options: options)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.dataError
        }
        let replaced = destination.replacesExisting
        do {
            if replaced {
                try DataDirectory(destination.target).replaceAll(with: report.data)
            } else {
                try destination.write { url in try DataDirectory(url).create(report.data) }
            }
        } catch let error as StoreError {
            Console.error("Каталог данных не заменён: \(error)")
            throw error.reason == .busy ? ExitStatus.tryAgain : ExitStatus.cannotWrite
        } catch {
            Console.error("\(error)")
            throw ExitStatus.cannotWrite
        }
        Console.out(Console.visibleLines(report.summary))
        Console.out(replaced ? "Каталог данных \(destination.target.path) заменён."
                             : "Записан каталог данных \(destination.target.path).")
    }
}

extension Console {
    /// `visible` for each line of a multi-line text.
    static func visibleLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\n")
    }
}
