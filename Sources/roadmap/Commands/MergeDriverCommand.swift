import ArgumentParser
import Foundation
import RoadmapStore
import RoadmapSync

/// `roadmap merge-driver %O %A %B %P`: what git calls to merge a progress,
/// measures or schools file (registered by `roadmap sync`). Writes the
/// merged file over `%A` and exits 0, or leaves it and exits 1 with the
/// reason, so git stops the merge and `sync` takes it back.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Слияние файла данных по записям (вызывается git при roadmap sync).",
        shouldDisplay: false
    )

    @Argument(help: "Общий предок (%O).") var base: String
    @Argument(help: "Эта версия, сюда пишется результат (%A).") var ours: String
    @Argument(help: "Версия с сервера (%B).") var theirs: String
    @Argument(help: "Путь файла в каталоге данных (%P).") var path: String

    func run() throws {
        let merged: MergedFile
        do {
            merged = try DataDirectory.merge(base: read(base), ours: read(ours) ?? [], theirs: read(theirs) ?? [], file: path)
            try Data(merged.bytes).write(to: URL(fileURLWithPath: ours))
        } catch let refusal as MergeRefusal {
            return try refuse(refusal.message)
        } catch {
            return try refuse("\(path): \(error.localizedDescription)")
        }
        MergeNotes.append(file: path, resolved: merged.resolved)
    }

    private func refuse(_ message: String) throws {
        Console.error("roadmap: не удалось объединить \(message)")
        MergeNotes.append(file: path, refusal: message)
        throw ExitCode(1)
    }

    private func read(_ file: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file).map(Array.init)
    }
}
