import Foundation
import RoadmapModel
import RoadmapStore

/// Everything measured on one generated directory, in one process: the
/// figures of one row group of the table and the process's peak memory.
/// Runs in a child process per size, because peak resident memory only
/// ever grows: measured in the parent, the largest size would hide the rest.
struct SizeMeasurement: Codable {
    struct Operation: Codable {
        var name: String
        var seconds: [Double]
    }

    var records: Int
    var schools: Int
    var overdueItems: Int
    var operations: [Operation]
    var peakMegabytes: Double
    /// Whole `roadmap` processes on the same region, timed by the parent.
    var commands: [CommandRow]?

    /// Load, overdue, mark-and-save, first frame and one key on `root`.
    static func run(root: URL, asOf: Day, runs: Int, warmup: Int = 0) throws -> SizeMeasurement {
        let directory = DataDirectory(root)
        var loaded: RoadmapData?
        let load = Measurement.time("load", runs: runs, warmup: warmup) { loaded = directory.load().data }
        guard var data = loaded else { throw BenchError("the generated directory did not load: \(root.path)") }
        var overdueCount = 0
        let overdue = Measurement.time("overdue query", runs: runs, warmup: warmup) {
            overdueCount = Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: asOf)).count
        }
        let index = indexBytes(data, root: root)
        let viaIndex = Measurement.time("overdue via index", runs: runs, warmup: warmup) {
            // What `overdue` would do with a fresh index: stat every source,
            // read and check the index, answer from it.
            let stamps = SourceFiles.stamps(root, paths: SourceFiles.list(root))
            guard let decoded = try? OverdueIndex(decoding: index), decoded.freshness(current: stamps) == .fresh else { return }
            _ = decoded.overdueItems(query: OverdueQuery(asOf: asOf)).count
        }
        let mark = try markAndSave(&data, directory: directory, asOf: asOf, runs: runs, warmup: warmup)
        let dashboard = DashboardTimings.measure(directory: directory, index: indexBytes(data, root: root), asOf: asOf,
                                                 runs: runs, warmup: warmup)
        return SizeMeasurement(
            records: data.progressCount, schools: data.schools.count, overdueItems: overdueCount,
            operations: ([load, overdue, viaIndex, mark] + dashboard).map { Operation(name: $0.name, seconds: $0.seconds) },
            peakMegabytes: peakMemoryMegabytes())
    }

    /// The index as it would be built right after a clean load; stamped an
    /// hour later than now so no file counts as racy in the timing.
    private static func indexBytes(_ data: RoadmapData, root: URL) -> [UInt8] {
        let stamps = SourceFiles.stamps(root, paths: SourceFiles.list(root))
        return OverdueIndex(data: data, sources: stamps, builtAt: SourceFiles.now() + 3_600_000_000_000).encoded()
    }

    /// A status change on a random per-school occurrence, saved: only that
    /// school's file is rewritten, so this must not grow with the region.
    private static func markAndSave(_ data: inout RoadmapData, directory: DataDirectory, asOf: Day, runs: Int,
                                    warmup: Int) throws -> Measurement {
        let schedule = Schedule(data)
        let keys = data.measures.filter(\.scope.isPerSchool).flatMap { schedule.occurrences(of: $0, in: data) }
        var random = SeededRandom(seed: 7)
        return try Measurement.time("mark and save", runs: runs, warmup: warmup) {
            let occurrence = random.pick(keys)
            data.apply(HistoryEntry(at: Timestamp.iso8601(Date()), by: "bench", status: .done,
                                    note: "замер", doneOn: asOf), to: occurrence.key)
            try directory.save(data, files: [DataFile.holding(occurrence.key)])
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
