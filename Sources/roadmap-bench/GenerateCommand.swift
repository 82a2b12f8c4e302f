import ArgumentParser
import Foundation
import RoadmapStore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic regional data directory."
    )

    @Argument(help: "New data directory (must not exist or be empty).")
    var directory: String

    @Option(help: "Number of schools.")
    var schools = 2000

    @Option(help: "Number of measures (half of them carried out by every school).")
    var measures = 60

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    func run() throws {
        let data = SyntheticRegion(schools: schools, measures: measures, seed: seed).make()
        try DataDirectory(URL(fileURLWithPath: directory)).create(data)
        print("\(directory): \(data.schools.count) schools, \(data.measures.count) measures, \(data.progressCount) progress records")
    }
}
