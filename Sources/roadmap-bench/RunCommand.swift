import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Generate synthetic regions of given sizes and time what people wait for on each."
    )

    @Option(help: "Comma-separated numbers of progress records, one region each (schools are chosen to match).")
    var records = "1000,10000,100000,300000"

    @Option(help: "Number of measures.")
    var measures = 60

    @Option(help: "Repetitions of each operation.")
    var runs = 7

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    func run() throws {
        let targets = records.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let asOf = SyntheticRegion.standardDay
        print("roadmap-bench: \(measures) measures, marks up to \(asOf.russian), \(runs) runs each (one key: 50), median (min–max)")
        print("peak memory is per size, each measured in its own process")
        print("the sizes take turns, one run of each per round, so a host that slows for a while slows every size alike\n")
        print(pad("records", 9) + pad("schools", 9) + pad("operation", 23) + "median (min–max)")
        let regions = try targets.map { try BenchRegion.generate(records: $0, measures: measures, seed: seed, asOf: asOf) }
        defer { regions.forEach { $0.remove() } }
        var results: [SizeMeasurement?] = Array(repeating: nil, count: regions.count)
        for round in 0..<runs {
            for (index, region) in regions.enumerated() {
                let measured = try measure(region, round: round, asOf: asOf)
                results[index] = results[index].map { $0.adding(measured) } ?? measured
            }
        }
        let measured = zip(targets, results.compactMap { $0 }).map { (target: $0, result: $1) }
        for size in measured { printRows(size.result) }
        print(GrowthReport.text(measured))
    }

    /// One round on one region: the in-process rows (after one untimed
    /// run, which pays for what a process sets up once) and the commands.
    private func measure(_ region: BenchRegion, round: Int, asOf: Day) throws -> SizeMeasurement {
        var result = try ChildProcess.measure(directory: region.root, asOf: asOf, runs: 1, warmup: 1)
        result.commands = try CommandTimings.measure(region.context(asOf: asOf), markArguments: region.markArguments,
                                                     round: round)
        return result
    }

    private func printRows(_ result: SizeMeasurement) {
        for operation in result.operations {
            let m = Measurement(name: operation.name, seconds: operation.seconds)
            print(pad(String(result.records), 9) + pad(String(result.schools), 9) + pad(m.name, 23)
                + "\(Measurement.format(m.median)) (\(Measurement.format(m.min))–\(Measurement.format(m.max)))")
        }
        print(pad(String(result.records), 9) + pad(String(result.schools), 9) + pad("peak memory", 23)
            + String(format: "%.0f MB", result.peakMegabytes))
        let commands = result.commands ?? []
        if !commands.isEmpty { print(pad("", 18) + "as commands (whole processes; peak memory of the largest run):") }
        for row in commands {
            let m = Measurement(name: row.name, seconds: row.seconds)
            print(pad(String(result.records), 9) + pad(String(result.schools), 9) + pad(row.name, 23)
                + pad("\(Measurement.format(m.median)) (\(Measurement.format(m.min))–\(Measurement.format(m.max)))", 30)
                + pad(String(format: "%.0f MB", row.peakMegabytes), 8)
                + (CommandTimings.verdict(row, among: commands, records: result.records) ?? ""))
        }
        print(pad("", 18) + "overdue on \(SyntheticRegion.standardDay.russian): \(result.overdueItems) items\n")
    }
}

/// Re-runs this executable as `measure-size` on one directory and reads
/// back its one line of JSON.
enum ChildProcess {
    static func measure(directory: URL, asOf: Day, runs: Int, warmup: Int = 0) throws -> SizeMeasurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["measure-size", directory.path, "--as-of", asOf.iso, "--runs", String(runs),
                             "--warmup", String(warmup)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("measure-size failed on \(directory.path)") }
        return try JSONDecoder().decode(SizeMeasurement.self, from: bytes)
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}
