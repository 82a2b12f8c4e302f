import ArgumentParser
import Foundation
import RoadmapStore
import RoadmapSync

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Синхронизирует каталог данных с общим репозиторием git: отправляет свои отметки, получает чужие.",
        discussion: """
        Первый раз: roadmap sync --remote git@сервер:umo/roadmap.git — каталог становится \
        репозиторием git и отправляется на сервер. На другом компьютере: roadmap init ~/roadmap --from URL.
        Дальше просто roadmap sync: записывает изменения в историю, получает изменения других, \
        объединяет их по записям и отправляет. Одна запись, отмеченная на двух компьютерах по-разному: \
        действует более поздняя отметка, обе остаются в истории.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("Адрес общего репозитория git (ssh или https) — при первой синхронизации.", valueName: "URL"))
    var remote: String?

    @Option(help: ArgumentHelp("Формат вывода.", valueName: "FORMAT"))
    var format: SyncFormat = .text

    @Flag(name: .customLong("pull-only"), help: "Только получить изменения с сервера, ничего не отправлять.")
    var pullOnly = false

    func validate() throws {
        if let remote, remote.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--remote: пустой адрес репозитория.")
        }
    }

    func run() throws {
        let root = try DataLocation.existing(options.data)
        let synchronizer = Synchronizer(root: root, program: ProgramPath.current, pullOnly: pullOnly)
        let report: SyncReport
        do throws(SyncError) {
            if let remote { report = try synchronizer.connect(remote: remote) } else { report = try synchronizer.sync() }
        } catch {
            Console.error("Синхронизация не выполнена: \(error.message)")
            throw SyncExit.code(for: error.kind)
        }
        let data = DataDirectory(root).load().data
        Console.out(format == .json ? SyncOutput.json(report, data: data) : SyncOutput.text(report, data: data))
    }
}

enum SyncFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum SyncExit {
    static func code(for kind: SyncError.Kind) -> ExitCode {
        switch kind {
        case .usage: return ExitCode(64)
        case .data, .conflict: return ExitStatus.dataError
        case .unreachable: return ExitStatus.tryAgain
        case .failed: return ExitStatus.cannotWrite
        }
    }
}
