import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Generate synthetic regions and time load, overdue and mark-and-save on them."
    )

    @Option(help: "Comma-separated numbers of schools, one region each.")
    var schools = "20,200,2000"

    @Option(help: "Number of measures.")
    var measures = 60

    @Option(help: "Repetitions of each operation.")
    var runs = 7

    func run() throws {
        let sizes = schools.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        print("roadmap-bench: \(measures) measures, \(runs) runs each, median (min–max)\n")
        print(pad("schools", 8) + pad("records", 10) + pad("operation", 22) + "median (min–max)")
        for size in sizes {
            try measure(schools: size)
        }
        print(String(format: "\npeak memory: %.0f MB", peakMemoryMegabytes()))
    }

    private func measure(schools: Int) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-bench-\(getpid())-\(schools)")
        defer { try? FileManager.default.removeItem(at: root) }
        let region = SyntheticRegion(schools: schools, measures: measures, seed: 1)
        let generated = region.make()
        let directory = DataDirectory(root)
        try directory.create(generated)

        var loaded: RoadmapData?
        let load = Measurement.time("load", runs: runs) { loaded = directory.load().data }
        guard var data = loaded else { throw ValidationError("the generated directory did not load") }
        let asOf = region.markedUpTo
        var overdueCount = 0
        let overdue = Measurement.time("overdue", runs: runs) {
            overdueCount = Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: asOf)).count
        }
        let schedule = Schedule(data)
        let keys = data.measures.filter(\.scope.isPerSchool).flatMap { schedule.occurrences(of: $0, in: data) }
        var random = SeededRandom(seed: 7)
        let mark = try Measurement.time("mark and save", runs: runs) {
            let occurrence = random.pick(keys)
            data.apply(HistoryEntry(at: Timestamp.iso8601(Date()), by: "bench", status: .done,
                                    note: "замер", doneOn: asOf), to: occurrence.key)
            try directory.save(data, files: [DataFile.holding(occurrence.key)])
        }
        let dashboard = DashboardTimings.measure(directory: directory, asOf: asOf, runs: runs)
        for m in [load, overdue, mark] + dashboard {
            print(pad(String(schools), 8) + pad(String(generated.progressCount), 10) + pad(m.name, 22)
                + "\(Measurement.format(m.median)) (\(Measurement.format(m.min))–\(Measurement.format(m.max)))")
        }
        print(pad("", 18) + "overdue items on \(asOf.russian): \(overdueCount)")
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}
