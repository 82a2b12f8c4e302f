import Foundation
import RoadmapModel
import RoadmapStore

/// One synthetic region of `run`, written by a `roadmap-bench generate`
/// child process: this process never holds a region's records, so the
/// processes it starts do not inherit a large peak memory from it.
struct BenchRegion {
    let records: Int
    let root: URL
    let cache: URL
    /// `mark N --school ID`: a per-school measure with one deadline.
    let markArguments: [String]

    static func generate(records: Int, measures: Int, seed: UInt64, asOf: Day) throws -> BenchRegion {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-bench-\(getpid())-\(records)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["generate", root.path, "--records", String(records), "--measures", String(measures),
                             "--seed", String(seed), "--as-of", asOf.iso]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("generate failed for \(records) records") }
        // The plan alone: enough to choose what to mark.
        guard let plan = DataDirectory(root).load(progressOf: { _ in [] }).data else {
            throw BenchError("the generated directory did not load: \(root.path)")
        }
        return BenchRegion(records: records, root: root,
                           cache: root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + "-cache"),
                           markArguments: try CommandTimings.markTarget(plan))
    }

    /// The commands' context for one round: one run of each.
    func context(asOf: Day) -> CommandContext {
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return CommandContext(roadmap: bench.deletingLastPathComponent().appendingPathComponent("roadmap").path,
                              bench: bench.path, root: root, asOf: asOf, runs: 1,
                              environment: ["XDG_CACHE_HOME": cache.path])
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.removeItem(at: cache)
    }
}

extension SizeMeasurement {
    /// This round's samples added to the earlier rounds'; the largest peaks.
    func adding(_ round: SizeMeasurement) -> SizeMeasurement {
        var sum = self
        for (index, operation) in sum.operations.enumerated() {
            sum.operations[index].seconds += round.operations.first { $0.name == operation.name }?.seconds ?? []
        }
        sum.peakMegabytes = max(peakMegabytes, round.peakMegabytes)
        sum.commands = commands.map { rows in
            rows.map { row in
                guard let later = round.commands?.first(where: { $0.name == row.name }) else { return row }
                return CommandRow(name: row.name, seconds: row.seconds + later.seconds,
                                  peakMegabytes: max(row.peakMegabytes, later.peakMegabytes))
            }
        }
        return sum
    }
}
