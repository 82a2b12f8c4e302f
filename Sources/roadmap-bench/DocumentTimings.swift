import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

/// `roadmap-bench documents`: what a user waits for when making the справка
/// and the calendar of a region — the `roadmap` executable itself, run as a
/// user runs it, each run in its own process so its peak memory is its own.
struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "Time and peak memory of `roadmap report --format docx|html|md|csv` and `roadmap calendar` on synthetic regions."
    )

    @Option(help: "Comma-separated numbers of progress records, one region each.")
    var records = "10000,100000,300000"

    @Option(help: "Number of measures.")
    var measures = 60

    @Option(help: "Runs of each command; the median time and the largest peak are printed.")
    var runs = 3

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(help: "The roadmap executable (default: the one beside this program).")
    var roadmap: String?

    func run() throws {
        let binary = roadmap ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("roadmap").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw BenchError("no roadmap executable at \(binary)") }
        let targets = records.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        print("roadmap-bench documents: \(DocumentTimings.context()), \(runs) runs each, median time, largest peak memory")
        print(pad("records", 9) + pad("document", 18) + pad("time", 11) + pad("cpu", 11) + pad("peak memory", 13) + "file size")
        var results: [Int: [DocumentTimings.Row]] = [:]
        for target in targets {
            results[target] = try measure(target: target, binary: binary)
        }
        print(DocumentTimings.growth(results))
    }

    private func measure(target: Int, binary: String) throws -> [DocumentTimings.Row] {
        let asOf = SyntheticRegion.standardDay
        let schools = SyntheticRegion.schools(forRecords: target, measures: measures, seed: seed, markedUpTo: asOf)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-bench-documents-\(getpid())-\(target)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = SyntheticRegion(schools: schools, measures: measures, seed: seed, markedUpTo: asOf).make()
        let directory = root.appendingPathComponent("data")
        try DataDirectory(directory).create(data)
        var rows: [DocumentTimings.Row] = []
        for document in DocumentTimings.documents {
            let file = root.appendingPathComponent("out." + document.fileExtension).path
            let arguments = document.arguments + ["--data", directory.path, "-o", file]
                + (document.dated ? ["--as-of", asOf.iso] : [])
            var runs: [ChildRun.Result] = []
            for _ in 0..<self.runs { runs.append(try ChildRun.run(binary, arguments)) }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let row = DocumentTimings.Row(records: data.progressCount, name: document.name,
                                          seconds: Measurement(name: document.name, seconds: runs.map(\.seconds)).median,
                                          cpu: Measurement(name: document.name, seconds: runs.map(\.cpu)).median,
                                          megabytes: runs.map(\.megabytes).max() ?? 0, bytes: size)
            print(pad(String(row.records), 9) + pad(row.name, 18) + pad(Measurement.format(row.seconds), 11)
                + pad(Measurement.format(row.cpu), 11)
                + pad(String(format: "%.0f MB", row.megabytes), 13) + String(format: "%.1f MB", Double(size) / 1_048_576))
            rows.append(row)
        }
        print("")
        return rows
    }
}

enum DocumentTimings {
    /// Upper bounds of the README, at 100,000 records.
    static let timeTarget = 3.0, memoryTarget = 150.0

    struct Document {
        var name: String
        var arguments: [String]
        var fileExtension: String
        var dated: Bool
    }

    static let documents = [
        Document(name: "report docx", arguments: ["report", "--format", "docx"], fileExtension: "docx", dated: true),
        Document(name: "report html", arguments: ["report", "--format", "html"], fileExtension: "html", dated: true),
        Document(name: "report md", arguments: ["report", "--format", "md"], fileExtension: "md", dated: true),
        Document(name: "report csv", arguments: ["report", "--format", "csv"], fileExtension: "csv", dated: true),
        Document(name: "calendar", arguments: ["calendar"], fileExtension: "ics", dated: false),
    ]

    struct Row {
        var records: Int
        var name: String
        var seconds: Double
        /// User and system time of the process: what the work costs
        /// whatever else the machine is doing.
        var cpu: Double
        var megabytes: Double
        var bytes: Int
    }

    /// The date, the machine and its load, printed with the figures.
    static func context() -> String {
        let formatter = ISO8601DateFormatter()
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        return "\(formatter.string(from: Date())), \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(load)"
    }

    /// 100k÷10k and 300k÷100k per document, against the records' own
    /// growth; and the 100k row against the README's targets.
    static func growth(_ results: [Int: [Row]]) -> String {
        var lines: [String] = []
        for (small, large) in [(10_000, 100_000), (100_000, 300_000)] {
            guard let before = results[small], let after = results[large],
                  let recordsBefore = before.first?.records, let recordsAfter = after.first?.records else { continue }
            let recordsRatio = Double(recordsAfter) / Double(recordsBefore)
            lines.append(String(format: "growth %dk ÷ %dk (records ×%.1f):", large / 1000, small / 1000, recordsRatio))
            for row in after {
                guard let old = before.first(where: { $0.name == row.name }) else { continue }
                let ratio = row.seconds / max(old.seconds, 1e-9)
                lines.append(pad("  " + row.name, 20) + String(format: "time ×%-6.1f cpu ×%-6.1f memory ×%.1f", ratio,
                                                               row.cpu / max(old.cpu, 1e-9), row.megabytes / max(old.megabytes, 1e-9)))
            }
        }
        if let at100k = results[100_000] {
            lines.append("targets at 100k: under \(Measurement.format(timeTarget)) (wall), under \(Int(memoryTarget)) MB")
            for row in at100k {
                let met = row.seconds < timeTarget && row.megabytes < memoryTarget
                lines.append(pad("  " + row.name, 20) + (met ? "met" : "NOT met"))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// One run of a program, its output thrown away: wall time and the peak
/// resident memory of that process alone (`wait4`'s usage is the child's).
enum ChildRun {
    struct Result {
        var seconds: Double
        var cpu: Double
        var megabytes: Double
    }

    static func run(_ path: String, _ arguments: [String]) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let elapsed = start.duration(to: clock.now)
        // Exited normally with status 0: no signal bits, no exit code.
        guard status == 0 else {
            throw BenchError("\(([path] + arguments).joined(separator: " ")) failed (wait status \(status))")
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        func time(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        return Result(seconds: seconds, cpu: time(usage.ru_utime) + time(usage.ru_stime), megabytes: Double(usage.ru_maxrss) / 1024)
    }
}
