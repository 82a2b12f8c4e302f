import ArgumentParser
import Foundation
import RoadmapModel

/// The child side of `run`: measures one directory and prints the figures
/// as one line of JSON for the parent. Hidden: it is not meant for people.
struct MeasureSizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure-size",
        abstract: "Measure one generated directory (used by `run`).",
        shouldDisplay: false
    )

    @Argument var directory: String
    @Option(name: .customLong("as-of")) var asOf: String
    @Option var runs = 7
    @Option var warmup = 0

    func run() throws {
        guard let day = Day.parse(asOf) else { throw ValidationError("--as-of: not a date") }
        let result = try SizeMeasurement.run(root: URL(fileURLWithPath: directory), asOf: day, runs: runs, warmup: warmup)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
    }
}
