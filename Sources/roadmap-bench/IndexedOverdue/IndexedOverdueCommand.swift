import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

/// `roadmap overdue --format json` answered through the store's index
/// (`OverdueIndexCache`, as `roadmap overdue` uses it), with a choice of
/// index file and a word on where the answer came from, so the comparison
/// script can time the index apart from the JSON. Its output must be byte
/// for byte the real command's.
struct IndexedOverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indexed-overdue",
        abstract: "`roadmap overdue --format json` through the store's overdue index, timed apart from the JSON files."
    )

    @Option(name: .customLong("data"), help: "Data directory.")
    var directory: String

    @Option(name: .customLong("as-of"), help: "Date (YYYY-MM-DD or DD.MM.YYYY).")
    var asOf: String

    @Option(help: "Index file (default: in $XDG_CACHE_HOME/roadmap).")
    var index: String?

    @Flag(help: "Tell on standard error whether the answer came from the index or the JSON files.")
    var verbose = false

    func run() throws {
        guard let day = Day.parse(asOf) else { throw ValidationError("--as-of: expected YYYY-MM-DD or DD.MM.YYYY") }
        let root = URL(fileURLWithPath: directory)
        let file = index.map { URL(fileURLWithPath: $0) }
        let answer: IndexedData.Answer
        do {
            answer = try IndexedData.load(root: root, index: file)
        } catch {
            for diagnostic in (error as? IndexedData.Failure)?.diagnostics ?? [] { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            throw ExitCode(65)
        }
        let query = OverdueQuery(asOf: day)
        let items: [OverdueItem]
        switch answer {
        case .index(let index):
            items = index.overdueItems(query: query)
            if verbose { FileHandle.standardError.write(Data("from index\n".utf8)) }
        case .json(let data):
            items = Overdue.items(in: data, schedule: Schedule(data), query: query)
            if verbose { FileHandle.standardError.write(Data("from json\n".utf8)) }
        }
        FileHandle.standardOutput.write(Data(OverdueJSON.bytes(items)))
    }
}
