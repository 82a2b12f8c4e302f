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
        let directory = DataDirectory(try DataLocation.existing(data))
        return (directory, try checked(directory.load(), directory, quietWarnings: quietWarnings).data)
    }

    /// `load` for a document: the plan, and of each record only the entry
    /// `choice` picks, in a table (`DataDirectory.load(entries:)`); the same
    /// checks and messages.
    func load(entries choice: EntryTable.Choice) throws -> (DataDirectory, RoadmapData, EntryTable) {
        let directory = DataDirectory(try DataLocation.existing(data))
        let (report, entries) = directory.load(entries: choice)
        return (directory, try checked(report, directory, quietWarnings: false).data, entries)
    }

    /// For a command that changes the data: takes the write lock first, so
    /// the data read, changed and saved is never someone else's half-way
    /// state; the lock goes when the process ends. Read-only commands use
    /// `load` and never take it.
    func loadForWriting() throws -> Writing {
        let (directory, lock) = try locked()
        let report = try checked(directory.load(), directory, quietWarnings: false)
        return Writing(directory: directory, data: report.data, snapshot: report.snapshot, lock: lock)
    }

    /// `loadForWriting` for a change to a few progress files: under the
    /// lock, the plan files are read and checked (or, unchanged since they
    /// last loaded cleanly, taken from the plan cache), `files` names the progress
    /// files the change touches (nil: the municipal one), and only those are
    /// read. The data holds the plan and those files' records; the warnings
    /// line counts what was read.
    func loadForWriting(progressOf files: (RoadmapData) throws -> Set<String?>) throws -> Writing {
        let (directory, lock) = try locked()
        let report = try checked(directory.load(progressOf: files, planCache: PlanCache(root: directory.root)),
                                 directory, quietWarnings: false)
        return Writing(directory: directory, data: report.data, snapshot: report.snapshot, lock: lock)
    }

    private func locked() throws -> (DataDirectory, WriteLock) {
        let directory = DataDirectory(try DataLocation.existing(data))
        do {
            return (directory, try directory.lockForWriting(wait: WriteWait.duration))
        } catch {
            Console.error("Не сохранено: \(error)")
            throw error.reason == .busy ? ExitStatus.tryAgain : ExitStatus.cannotWrite
        }
    }

    struct Writing {
        var directory: DataDirectory
        var data: RoadmapData
        var snapshot: Snapshot
        var lock: WriteLock
    }

    func checked(_ report: LoadReport, _ directory: DataDirectory,
                         quietWarnings: Bool) throws -> (data: RoadmapData, snapshot: Snapshot) {
        guard let loaded = report.data, report.errors.isEmpty else {
            for diagnostic in report.diagnostics { Console.error(Console.visible(diagnostic.description)) }
            Console.error("Каталог данных \(directory.root.path) содержит ошибок: \(report.errors.count). Ничего не изменено.")
            throw ExitStatus.dataError
        }
        if !quietWarnings { Self.reportWarnings(report.warnings.count) }
        return (loaded, report.snapshot)
    }
}

extension DataOptions {
    /// The one line that stands for the warnings a load gave.
    static func reportWarnings(_ count: Int) {
        if count > 0 { Console.error("Предупреждений: \(count) (подробно: roadmap validate).") }
    }
}

/// How long a changing command waits for another one to finish writing:
/// `ROADMAP_LOCK_WAIT_MS` (for tests and scripts), else `WriteLock.defaultWait`.
enum WriteWait {
    static var duration: Duration {
        guard let text = ProcessInfo.processInfo.environment["ROADMAP_LOCK_WAIT_MS"],
              let ms = Int(text), ms >= 0 else { return WriteLock.defaultWait }
        return .milliseconds(ms)
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

    /// A day of this roadmap as people type it — also `12.05`, `12 мая`,
    /// `май` (its last day), read in the roadmap's period as the dashboard
    /// reads them (`TypedDay`).
    static func parse(_ text: String, option: String, in roadmap: Roadmap, near: Day) throws -> Day {
        guard let day = TypedDay.parse(text, in: roadmap.deadlineContext, near: near) else {
            throw ValidationError("\(option): неверная дата «\(Console.visible(text))»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, "
                + "а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03.")
        }
        return day
    }

    static func parse(_ text: String?, option: String, default fallback: Day) throws -> Day {
        guard let text else { return fallback }
        return try parse(text, option: option)
    }

    static var today: Day { Day(Date()) }
}

