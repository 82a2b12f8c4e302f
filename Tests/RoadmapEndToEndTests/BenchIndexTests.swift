import Foundation
import Testing

/// The index behind `roadmap-bench indexed-overdue` gives byte for
/// byte the answer of `roadmap overdue --format json`, and a change to the
/// JSON files is never hidden by it.
@Suite("roadmap-bench: overdue through the derived index")
struct BenchIndexTests {
    static func indexed(_ dir: String, _ index: String, asOf: String) throws -> (answer: String, source: String) {
        let result = try BenchProcess.run(["indexed-overdue", "--data", dir, "--as-of", asOf, "--index", index, "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        return (result.stdout, result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func truth(_ dir: String, asOf: String) throws -> String {
        try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", asOf, "--format", "json"]).stdout
    }

    @Test func theIndexAnswersLikeTheJSONAndFollowsAMark() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("terek"), index = folder.path("overdue.index")
        #expect(try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"]).status == 0)

        let first = try Self.indexed(dir, index, asOf: "2022-06-01")
        #expect(first.source == "from json")
        #expect(first.answer == (try Self.truth(dir, asOf: "2022-06-01")))
        #expect(first.answer.contains("\"measure\": \"1\""))
        let second = try Self.indexed(dir, index, asOf: "2022-06-01")
        #expect(second.source == "from index")
        #expect(second.answer == first.answer)

        let mark = try RoadmapProcess.run(["mark", "1", "--data", dir, "--status", "done", "--date", "20.02.2022", "--by", "Шидукова Л.П."])
        #expect(mark.status == 0, "\(mark.stderr)")
        let afterMark = try Self.indexed(dir, index, asOf: "2022-06-01")
        #expect(afterMark.source == "from json")
        #expect(afterMark.answer == (try Self.truth(dir, asOf: "2022-06-01")))
        #expect(!afterMark.answer.contains("\"measure\": \"1\","))
    }

    @Test func aDamagedIndexIsIgnoredAndRebuilt() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("vl"), index = folder.path("overdue.index")
        #expect(try RoadmapProcess.run(["init", dir, "--sample", "vladivostok-2020"]).status == 0)
        _ = try Self.indexed(dir, index, asOf: "2021-03-01")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: index))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: index))
        let answer = try Self.indexed(dir, index, asOf: "2021-03-01")
        #expect(answer.source == "from json")
        #expect(answer.answer == (try Self.truth(dir, asOf: "2021-03-01")))
        #expect(try Self.indexed(dir, index, asOf: "2021-03-01").source == "from index")
    }
}
