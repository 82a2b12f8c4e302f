import ArgumentParser
import Foundation
import RoadmapRegion

struct RegionSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Получает дорожные карты всех муниципалитетов списка: впервые — копирует, дальше — забирает новое.",
        discussion: """
        Только получение: регион ничего не отправляет, ему достаточно ключей с правом чтения. \
        Несколько муниципалитетов обрабатываются одновременно. Кого не удалось получить, \
        называется с временем последнего удачного получения — с тех пор его данные не обновлялись. \
        Код выхода 75, если хотя бы один не получен.
        """
    )

    @OptionGroup var options: RegionOptions

    @Option(help: ArgumentHelp("Сколько муниципалитетов получать одновременно.", valueName: "N"))
    var jobs: Int = RegionSync.defaultWorkers

    func validate() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs: от 1 до 64, а указано \(jobs).") }
    }

    func run() throws {
        let (region, municipalities) = try options.municipalities()
        let sync = RegionSync(region: region, program: ProgramPath.current, workers: jobs)
        let line = ProgressLine(total: municipalities.count)
        let results = sync.run(municipalities) { done, result in line.show(done, result.municipality.name) }
        line.clear()
        Console.out(RegionSyncOutput.text(results))
        if results.contains(where: \.failed) { throw ExitStatus.tryAgain }
    }
}

/// «Получено 12 из 60: Терский район» rewritten in place on a terminal;
/// nothing when standard error is a file or a pipe.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let lock = NSLock()
    private let shown = isatty(STDERR_FILENO) != 0

    init(total: Int) { self.total = total }

    func show(_ done: Int, _ name: String) {
        guard shown else { return }
        let text = Console.visible("Получено \(done) из \(total): \(name)")
        let width = max(20, (Console.terminalWidth ?? 80) - 1)
        lock.withLock { FileHandle.standardError.write(Data(("\r\u{1B}[K" + String(text.prefix(width))).utf8)) }
    }

    func clear() {
        guard shown else { return }
        lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

enum RegionSyncOutput {
    static func text(_ results: [MunicipalitySync]) -> String {
        var cloned: [String] = [], updated: [String] = [], failed: [String] = []
        for result in results {
            let name = result.municipality.name
            switch result.outcome {
            case .cloned: cloned.append("  \(name)")
            case .updated(let lines): updated.append("  \(name): изменений \(lines.count)")
            case .unchanged: break
            case .failed(let reason):
                let since = result.lastSync.map { "данные от \(SyncTimeText.text($0))" } ?? "данные ни разу не получены"
                failed.append("  \(name) — \(since); \(reason)")
            }
        }
        var lines = ["Получено муниципалитетов: \(results.count - failed.count) из \(results.count)."]
        if !cloned.isEmpty { lines += ["Получены впервые: \(cloned.count)"] + cloned }
        if !updated.isEmpty { lines += ["Новое: \(updated.count)"] + updated }
        if cloned.isEmpty && updated.isEmpty && failed.count < results.count { lines.append("Нового нет.") }
        if !failed.isEmpty { lines += ["Не удалось получить: \(failed.count)"] + failed }
        return lines.joined(separator: "\n")
    }
}
