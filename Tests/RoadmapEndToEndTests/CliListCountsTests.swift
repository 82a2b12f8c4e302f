import Foundation
import Testing

/// `roadmap list` says what the report and the dashboard say: an in-progress
/// occurrence past its window is «выполняется, просрочено».
@Suite("roadmap list counts as the report and the dashboard do")
struct CliListCountsTests {
    /// The «Состояние» cell of a measure's row: the text after its deadline.
    static func state(of number: String, deadline: String, in output: String) -> String? {
        output.components(separatedBy: "\n").first { $0.hasPrefix("\(number) ") && $0.contains("  \(deadline)  ") }
            .flatMap { $0.components(separatedBy: "  \(deadline)").last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func lateInProgressIsInProgressAndLate() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        for mark in [["1"], ["17"], ["2", "--school", "urozhaynoe"], ["5", "--school", "khamidie"]] {
            let result = try RoadmapProcess.run(["mark", "--data", dir] + mark + ["--status", "in-progress", "--date", "01.02.2022"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let list = try RoadmapProcess.run(["list", "--data", dir, "--as-of", "2022-11-15"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(Self.state(of: "1.", deadline: "Февраль", in: list.stdout) == "Выполняется, срок истёк 28.02.2022.")
        #expect(Self.state(of: "17.", deadline: "Декабрь 2022 г.", in: list.stdout) == "Выполняется, срок до 31.12.2022.")
        #expect(Self.state(of: "16.", deadline: "Март-апрель", in: list.stdout) == "Не выполнено (срок 30.04.2022).")
        #expect(Self.state(of: "5.", deadline: "Март - апрель", in: list.stdout) == "из 7: просрочено 7")
        #expect(Self.state(of: "18.", deadline: "Ежемесячно", in: list.stdout) == "из 12: просрочено 10, запланировано 2")

        let khamidie = try RoadmapProcess.run(["list", "--data", dir, "--as-of", "2022-11-15", "--school", "khamidie"])
        #expect(Self.state(of: "5.", deadline: "Март - апрель", in: khamidie.stdout) == "Выполняется, срок истёк 30.04.2022.")
        let urozhaynoe = try RoadmapProcess.run(["list", "--data", dir, "--as-of", "2022-11-15", "--school", "urozhaynoe"])
        #expect(Self.state(of: "2.", deadline: "Апрель-декабрь", in: urozhaynoe.stdout) == "Выполняется, срок до 31.12.2022.")

        // The same 40 late occurrences as the report's totals and the header.
        let overdue = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-11-15"])
        #expect(overdue.stdout.hasPrefix("Просрочено на 15.11.2022: 40"))
    }
}
