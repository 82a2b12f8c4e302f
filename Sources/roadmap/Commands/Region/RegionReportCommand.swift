import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapRegion

struct RegionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Сводная информация по муниципалитетам на дату (Markdown, DOCX, CSV, JSON).",
        discussion: """
        По каждому муниципалитету: школ в программе, из них «500+», с «Точкой роста», мероприятий, \
        выполнено в срок, просрочено и когда получены его данные; внизу — итого по региону. \
        Числа те же, что в справке самого муниципалитета на ту же дату.
        Формат берётся из --format, иначе из расширения файла -o, иначе Markdown в стандартный вывод.
        Пример: roadmap region report --as-of 31.12.2022 -o сводная.docx
        """
    )

    @OptionGroup var options: RegionOptions

    @OptionGroup var date: AsOfOption

    @Option(help: ArgumentHelp("Формат: md, docx, csv или json.", valueName: "FORMAT"))
    var format: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Файл; существующий заменяется.", valueName: "FILE"))
    var output: String?

    enum Format: String, CaseIterable { case md, docx, csv, json }

    func validate() throws { _ = try chosenFormat() }

    func chosenFormat() throws -> Format {
        let names = Format.allCases.map(\.rawValue)
        let chosen: Format
        if let format {
            guard let parsed = Format(rawValue: format.lowercased()) else {
                throw ValidationError("--format: неизвестный формат «\(Console.visible(format))»\(Suggestions.hint(for: format, among: names)).")
            }
            chosen = parsed
        } else if let output, !(output as NSString).pathExtension.isEmpty {
            let ext = (output as NSString).pathExtension.lowercased()
            guard let parsed = Format(rawValue: ext == "markdown" ? "md" : ext) else {
                throw ValidationError("Не понятно, в каком формате писать «\(Console.visible(output))»: укажите --format (md, docx, csv или json) или расширение .md, .docx, .csv, .json.")
            }
            chosen = parsed
        } else {
            chosen = .md
        }
        if chosen == .docx && output == nil {
            throw ValidationError("DOCX — двоичный файл, в терминал он не выводится: укажите файл, например -o сводная.docx.")
        }
        return chosen
    }

    func run() throws {
        let (region, municipalities) = try options.municipalities()
        let day = try date.day
        let report = RegionReport(asOf: day, lines: MunicipalitySummary.all(in: region, municipalities, asOf: day))
        let bytes: Data
        switch try chosenFormat() {
        case .md: bytes = Data(report.markdown.utf8)
        case .csv: bytes = Data(report.csv.utf8)
        case .json: bytes = Data(report.json.utf8)
        case .docx:
            do {
                bytes = try report.docx()
            } catch {
                Console.error("Сводная информация не составлена: \(error)")
                throw ExitStatus.cannotWrite
            }
        }
        guard let url = try DocumentOutput.write(bytes, to: output, failure: "Сводная информация не записана") else { return }
        Console.out("Сводная информация на \(day.russian) записана в \(url.path) (байт: \(bytes.count)).")
    }
}
