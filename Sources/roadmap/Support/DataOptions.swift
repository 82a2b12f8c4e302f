import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

/// `--data DIR`, shared by every command that reads the data directory.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Каталог данных.", valueName: "DIR"))
    var data: String?

    /// Loads the directory; on errors prints every one and exits 65, on
    /// warnings prints one line pointing at `roadmap validate`.
    func load(quietWarnings: Bool = false) throws -> (DataDirectory, RoadmapData) {
        let directory = DataDirectory(try DataLocation.resolve(data))
        let report = directory.load()
        guard let loaded = report.data, report.errors.isEmpty else {
            for diagnostic in report.diagnostics { Console.error(Console.visible(diagnostic.description)) }
            Console.error("Каталог данных \(directory.root.path) содержит ошибок: \(report.errors.count). Ничего не изменено.")
            throw ExitStatus.dataError
        }
        if !quietWarnings, !report.warnings.isEmpty {
            Console.error("Предупреждений: \(report.warnings.count) (подробно: roadmap validate).")
        }
        return (directory, loaded)
    }
}

/// Dates on the command line: `2021-03-01` or `01.03.2021`.
enum DateArgument {
    static func parse(_ text: String, option: String) throws -> Day {
        guard let day = Day.parse(text) else {
            throw ValidationError("\(option): неверная дата «\(Console.visible(text))»; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2021-03-01 или 01.03.2021.")
        }
        return day
    }

    static func parse(_ text: String?, option: String, default fallback: Day) throws -> Day {
        guard let text else { return fallback }
        return try parse(text, option: option)
    }

    static var today: Day { Day(Date()) }
}
