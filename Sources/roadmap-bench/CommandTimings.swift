import Foundation
import RoadmapModel
import RoadmapStore

/// What a user waits for at the command line, timed as whole processes of
/// the release `roadmap` beside this executable: a mark, `overdue` right
/// after it (the index refreshes the file the mark wrote) and again (warm),
/// `overdue --no-cache`, `validate`, the dashboard's first frame, and
/// `list` and `history` of the whole region.
struct CommandContext {
    /// The `roadmap` executable and this one.
    var roadmap: String
    var bench: String
    var root: URL
    var asOf: Day
    var runs: Int
    /// `XDG_CACHE_HOME` of these runs only, so the index is this region's.
    var environment: [String: String]

    func run(_ arguments: [String]) throws -> CommandRun {
        let result = try CommandRun.measured(arguments, bench: bench, environment: environment)
        guard result.status == 0 else { throw BenchError("\(arguments.joined(separator: " ")) exited \(result.status)") }
        return result
    }
}

/// One command-level row: every run's time and the largest peak memory.
struct CommandRow: Codable {
    var name: String
    var seconds: [Double]
    var peakMegabytes: Double

    init(_ name: String, _ runs: [CommandRun]) {
        self.name = name
        seconds = runs.map(\.seconds)
        peakMegabytes = runs.map(\.peakMegabytes).max() ?? 0
    }

    init(name: String, seconds: [Double], peakMegabytes: Double) {
        self.name = name
        self.seconds = seconds
        self.peakMegabytes = peakMegabytes
    }

    var median: Double { Measurement(name: name, seconds: seconds).median }
}

enum CommandTimings {
    static let mark = "roadmap mark", cold = "overdue after a mark", warm = "overdue (warm index)",
               noCache = "overdue --no-cache", validate = "validate", dashboard = "dashboard first frame",
               list = "list", history = "history (all)"

    /// `round`: which round of `run` this is, so the mark alternates
    /// between two statuses across rounds too and always writes.
    static func measure(_ context: CommandContext, markArguments: [String], round: Int = 0) throws -> [CommandRow] {
        let overdue = [context.roadmap, "overdue", "--data", context.root.path, "--as-of", context.asOf.iso, "--format", "json"]
        _ = try context.run(overdue)  // builds the index once
        var marks: [CommandRun] = [], colds: [CommandRun] = [], warms: [CommandRun] = [], starts: [CommandRun] = []
        for run in 0..<context.runs {
            // Every run changes the record, so every mark writes its file.
            let status = (round + run) % 2 == 0 ? "in-progress" : "not-done"
            marks.append(try context.run([context.roadmap, "mark"] + markArguments
                + ["--data", context.root.path, "--status", status, "--by", "bench"]))
            colds.append(try context.run(overdue))
            warms.append(try context.run(overdue))
            starts.append(try context.run([context.bench, "dashboard-start", context.root.path, "--as-of", context.asOf.iso]))
        }
        let noCache = try (0..<context.runs).map { _ in try context.run(overdue + ["--no-cache"]) }
        let validate = try (0..<context.runs).map { _ in
            try CommandRun.measured([context.roadmap, "validate", "--data", context.root.path],
                                    bench: context.bench, environment: context.environment)
        }
        // Both read every file and print the whole region: checked for growth only.
        let list = try (0..<context.runs).map { _ in
            try context.run([context.roadmap, "list", "--data", context.root.path, "--as-of", context.asOf.iso])
        }
        let history = try (0..<context.runs).map { _ in try context.run([context.roadmap, "history", "--data", context.root.path]) }
        return [CommandRow(mark, marks), CommandRow(cold, colds), CommandRow(warm, warms), CommandRow(self.noCache, noCache),
                CommandRow(self.validate, validate), CommandRow(dashboard, starts), CommandRow(self.list, list),
                CommandRow(self.history, history)]
            + (try DocumentTimings.rows(context))
    }

    /// A per-school measure with one deadline and a school still in the
    /// region: `mark N --school ID` needs nothing else.
    static func markTarget(_ data: RoadmapData) throws -> [String] {
        let schedule = Schedule(data)
        for measure in data.measures where measure.scope.isPerSchool && schedule.deadline(of: measure).windows.count <= 1 {
            if let school = data.schools(for: measure).first(where: { $0.left == nil }) {
                return [measure.id, "--school", school.id]
            }
        }
        throw BenchError("no per-school measure with one deadline to mark")
    }

    /// The targets of the command rows at every size, and whether they are
    /// met; the documents' time is a target at 100k records only (around
    /// it: a region of `records`), their memory at every size.
    static func verdict(_ row: CommandRow, among rows: [CommandRow], records: Int) -> String? {
        func median(_ name: String) -> Double? { rows.first { $0.name == name }?.median }
        switch row.name {
        case mark:
            return "< 30 ms" + (row.median < 0.030 ? "  met" : "  MISSED")
        case cold:
            guard let warm = median(warm), let json = median(noCache) else { return nil }
            let met = row.median < 1.5 * warm && row.median <= json
            return String(format: "< 1.5 × warm (%@), ≤ --no-cache", Measurement.format(1.5 * warm)) + (met ? "  met" : "  MISSED")
        case dashboard:
            let met = row.median < 0.3 && row.peakMegabytes < 200
            return "< 300 ms, < 200 MB" + (met ? "  met" : "  MISSED")
        case _ where DocumentTimings.isDocument(row.name):
            guard (50_000..<200_000).contains(records) else {
                return "< 150 MB" + (row.peakMegabytes < 150 ? "  met" : "  MISSED")
            }
            let met = row.peakMegabytes < 150 && row.median < 3
            return "< 3 s at 100k, < 150 MB" + (met ? "  met" : "  MISSED")
        default:
            return nil
        }
    }
}
