import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapRegion
import RoadmapStore

/// `roadmap-bench region DIR`: the region's figures of the README, on a
/// folder made by `roadmap-bench generate DIR --municipalities 60`.
struct RegionBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Time region sync (nothing new), region overdue (warm) and the region dashboard's first frame."
    )

    @Argument(help: "A folder made by `roadmap-bench generate DIR --municipalities N`.")
    var directory: String

    @Option(help: "Runs of each operation (the sync gets fewer: it is slow).")
    var runs = 7

    @Option(name: .customLong("as-of"), help: "The date counted on (default 2025-03-01).")
    var asOf: String?

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        let region = Region(root: root.appendingPathComponent("region"))
        let list = try region.municipalities()
        let day = asOf.flatMap(Day.parse) ?? SyntheticRegion.standardDay
        let program = RoadmapProgram.path
        let regionPath = region.root.path
        var results: [Measurement] = []

        results.append(try Measurement.time("`roadmap region sync`, nothing new (\(list.count) repositories, 8 at once)", runs: max(3, runs / 2)) {
            try Self.command(program, ["region", "sync", "--region", regionPath])
        })
        // Warm: the first call builds each municipality's overdue index.
        try Self.command(program, ["region", "overdue", "--region", regionPath, "--as-of", day.iso, "--format", "json"])
        results.append(try Measurement.time("`roadmap region overdue --format json`, warm (the process included)", runs: runs) {
            try Self.command(program, ["region", "overdue", "--region", regionPath, "--as-of", day.iso, "--format", "json"])
        })
        var count = 0
        results.append(Measurement.time("region overdue in memory, warm (indexes read, list merged)", runs: runs) {
            count = RegionOverdue.items(in: region, list, asOf: day).items.count
        })
        results.append(Measurement.time("region dashboard first frame (every roadmap read and counted, 120×40 drawn)", runs: runs) {
            let screen = RegionScreenRows.make(region, list, asOf: day)
            _ = RegionApp.render(RegionState(rows: screen.rows, overdue: screen.overdue, asOf: day, width: 120, height: 40))
        })
        print("\(list.count) municipalities, \(count) overdue on \(day.iso), medians of runs (min–max):\n")
        print("| operation | median (min–max) |\n|---|---|")
        for result in results {
            print("| \(result.name) | \(Measurement.format(result.median)) (\(Measurement.format(result.min))–\(Measurement.format(result.max))) |")
        }
        print("\npeak memory of this process: \(Int(peakMemoryMegabytes())) MB")
    }

    /// Runs `roadmap ARGUMENTS` with its output thrown away; a failure stops the benchmark.
    static func command(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("roadmap \(arguments.joined(separator: " ")): exit \(process.terminationStatus)")
        }
    }
}
