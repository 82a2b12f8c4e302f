import ArgumentParser
import Foundation
import RoadmapDocuments
import RoadmapModel
import RoadmapStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Информационная справка об итогах реализации дорожной карты на дату (DOCX, Markdown, HTML, CSV).",
        discussion: """
        Таблица «№ п/п / Мероприятие / Срок / Ответственные / Отметка о выполнении» по разделам, \
        отметки о выполнении как записаны, «нет» там, где срок прошёл без отметки; затем итоги: \
        по состояниям, по разделам и школам, просроченное и доля выполненного в срок.
        Формат берётся из --format, иначе из расширения файла -o, иначе Markdown в стандартный вывод.
        Пример: roadmap report --as-of 01.03.2021 -o справка.docx
        """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var date: AsOfOption

    @OptionGroup var schoolFilter: SchoolFilter

    @Option(help: ArgumentHelp("Формат: docx, md, html или csv.", valueName: "FORMAT"))
    var format: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Файл справки; существующий заменяется.", valueName: "FILE"))
    var output: String?

    func validate() throws {
        _ = try chosenFormat()
    }

    /// `--format`, else the output file's extension, else Markdown; DOCX
    /// only into a file (it is binary, a terminal would show rubbish).
    func chosenFormat() throws -> ReportFormat {
        let names = ReportFormat.allCases.map(\.rawValue)
        let chosen: ReportFormat
        if let format {
            guard let parsed = ReportFormat(name: format) else {
                throw ValidationError("--format: неизвестный формат «\(Console.visible(format))»\(Suggestions.hint(for: format, among: names)).")
            }
            chosen = parsed
        } else if let output, !(output as NSString).pathExtension.isEmpty {
            guard let parsed = ReportFormat(fileName: output) else {
                throw ValidationError("Не понятно, в каком формате писать «\(Console.visible(output))»: укажите --format (docx, md, html или csv) или расширение .docx, .md, .html, .csv.")
            }
            chosen = parsed
        } else {
            chosen = .md
        }
        if chosen.isBinary && output == nil {
            throw ValidationError("DOCX — двоичный файл, в терминал он не выводится: укажите файл, например -o справка.docx.")
        }
        return chosen
    }

    func run() throws {
        let day = try date.day(at: options)
        let format = try chosenFormat()
        // The справка shows each record as it stood on its day: nothing more is kept.
        let (directory, data, entries) = try options.load(entries: .asOf(day))
        let school = try schoolFilter.checked(in: data)
        // A report.md that cannot be read was named among the warnings; the
        // справка is made without it rather than not at all.
        let written = directory.reportText().text.map(ReportText.parse) ?? ReportText()
        let report = Report(plan: data, entries: entries, schedule: Schedule(data), asOf: day, school: school, text: written)
        // Written as it is made: a region's справка never sits whole in memory.
        let (url, count) = try DocumentOutput.stream(to: output, failure: "Справка не записана") { out throws(DocumentFile.WriteError) in
            do {
                try format.write(report, to: out)
            } catch {
                throw DocumentFile.WriteError(description: "справка не составлена: \(error)")
            }
        }
        guard let url else { return }
        Console.out("Справка на \(day.russian) записана в \(url.path) (\(format.rawValue), байт: \(count)).")
    }
}
