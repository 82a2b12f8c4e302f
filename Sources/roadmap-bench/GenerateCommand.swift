import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic regional data directory, and the same items for taskwarrior and calcurse."
    )

    @Argument(help: "New data directory (must not exist or be empty).")
    var directory: String

    @Option(help: "Number of schools.")
    var schools = 2000

    @Option(help: "Choose the number of schools to give about this many progress records (instead of --schools).")
    var records: Int?

    @Option(help: "Number of measures (half of them carried out by every school).")
    var measures = 60

    @Option(help: "Instead of one directory: this many municipalities, each pushed to its own bare repository, and a regional folder that fetched them (see `roadmap-bench region`).")
    var municipalities: Int?

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(name: .customLong("as-of"),
            help: "Marks are made up to this day; the roadmap is for the academic year containing it (default 2025-03-01).")
    var asOf: String?

    @Option(name: .customLong("export-taskwarrior"), help: "Also write the occurrences as a JSON array for `task import`.")
    var taskwarriorFile: String?

    @Option(name: .customLong("export-calcurse"), help: "Also write the occurrences as calcurse `apts` and `todo` files into this directory.")
    var calcurseDirectory: String?

    func validate() throws {
        if let asOf, Day.parse(asOf) == nil { throw ValidationError("--as-of: expected YYYY-MM-DD or DD.MM.YYYY, got «\(asOf)»") }
        if let records, records < 1 { throw ValidationError("--records must be positive") }
    }

    func run() throws {
        let day = asOf.flatMap(Day.parse) ?? SyntheticRegion.standardDay
        if let municipalities {
            let made = try SyntheticMunicipalities(count: municipalities, seed: seed, markedUpTo: day)
                .write(into: URL(fileURLWithPath: directory), program: RoadmapProgram.path)
            print("\(directory): \(municipalities) municipalities, \(made.schools) schools, \(made.records) progress records")
            return
        }
        let count = records.map { SyntheticRegion.schools(forRecords: $0, measures: measures, seed: seed, markedUpTo: day) } ?? schools
        let region = SyntheticRegion(schools: count, measures: measures, seed: seed, markedUpTo: day)
        let data = region.make()
        try DataDirectory(URL(fileURLWithPath: directory)).create(data)
        print("\(directory): \(data.schools.count) schools, \(data.measures.count) measures, \(data.progressCount) progress records, period \(region.period)")
        guard taskwarriorFile != nil || calcurseDirectory != nil else { return }
        let items = PeerItems.make(from: data)
        if let taskwarriorFile {
            let created = data.roadmap.order?.date ?? region.period.start
            try write(TaskwarriorExport.json(items, seed: seed, created: created), to: URL(fileURLWithPath: taskwarriorFile))
            print("\(taskwarriorFile): \(items.count) tasks")
        }
        if let calcurseDirectory {
            let folder = URL(fileURLWithPath: calcurseDirectory)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try write(CalcurseExport.appointments(items), to: folder.appendingPathComponent("apts"))
            try write(CalcurseExport.todos(items), to: folder.appendingPathComponent("todo"))
            print("\(calcurseDirectory): \(items.filter { $0.due != nil }.count) appointments, \(items.count) todos")
        }
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
