import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// The dashboard's start up to its first frame, as a process of its own so
/// that `run` times it whole and reads its own peak memory: the plan files
/// and the statuses of the index when it describes the files (refreshed
/// file by file after a mark), else the JSON; the state; the first frame rendered into
/// the grid. Hidden: it is a part of `run`.
struct DashboardStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard-start",
        abstract: "Build the dashboard's first frame from the index (used by `run`).",
        shouldDisplay: false
    )

    @Argument var directory: String
    @Option(name: .customLong("as-of")) var asOf: String

    func run() throws {
        guard let day = Day.parse(asOf) else { throw ValidationError("--as-of: not a date") }
        let root = URL(fileURLWithPath: directory)
        let directory = DataDirectory(root)
        // As the dashboard starts: the plan files and the records of the index.
        let fromIndex = IndexedStart.open(directory)
        guard let data = fromIndex?.plan ?? directory.load().data else {
            throw BenchError("the directory did not load: \(directory)")
        }
        let state = AppState(data: data, directory: root.path, mode: .coordinator(readOnly: false),
                             today: day, width: 120, height: 40, user: "bench",
                             detailLoading: fromIndex != nil, indexed: fromIndex?.progress)
        _ = App.render(state)
        // The first frame is drawn. The dashboard goes on with this state
        // rather than freeing it, so neither does this process: tearing
        // down a region's records is no part of the wait being measured.
        withExtendedLifetime(state) { Foundation.exit(0) }
    }
}
