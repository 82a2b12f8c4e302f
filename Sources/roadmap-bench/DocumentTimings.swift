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
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let binary = roadmap ?? bench.deletingLastPathComponent().appendingPathComponent("roadmap").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw BenchError("no roadmap executable at \(binary)") }
        let targets = records.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        print("roadmap-bench documents: \(DocumentTimings.context()), \(runs) runs each, median time, largest peak memory")
        print(pad("records", 9) + pad("document", 18) + pad("time", 11) + pad("cpu", 11) + pad("peak memory", 13) + "file size")
        var results: [Int: [DocumentTimings.Row]] = [:]
        for target in targets {
            results[target] = try measure(target: target, binary: binary, bench: bench)
        }
        print(DocumentTimings.growth(results))
    }

    /// Each run is started through a fresh `roadmap-bench run-command`
    /// (`bench`): started from this process, which holds the region it
    /// generated, a run would report this process's peak memory as its own.
    private func measure(target: Int, binary: String, bench: URL) throws -> [DocumentTimings.Row] {
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
            let arguments = [binary] + document.arguments + ["--data", directory.path, "-o", file]
                + (document.dated ? ["--as-of", asOf.iso] : [])
            let runs = try (0..<self.runs).map { _ in
                let run = try CommandRun.measured(arguments, bench: bench.path, environment: [:])
                guard run.status == 0 else { throw BenchError("\(arguments.joined(separator: " ")) exited \(run.status)") }
                return run
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let row = DocumentTimings.Row(records: data.progressCount, name: document.name,
                                          seconds: Measurement(name: document.name, seconds: runs.map(\.seconds)).median,
                                          cpu: Measurement(name: document.name, seconds: runs.map(\.cpu)).median,
                                          megabytes: runs.map(\.peakMegabytes).max() ?? 0, bytes: size)
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
