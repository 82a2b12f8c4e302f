import Foundation
import Testing

/// A cell that names its dates («предварительный отчёт – …, итоговый – …»)
/// shows the names wherever its windows are shown: `roadmap deadline`,
/// `roadmap list` and its JSON, the справка's sub-rows.
@Suite("Named windows on the command line")
struct CliNamedWindowsTests {
    static let phrase = "предварительный отчёт – 10 декабря 2020 года, итоговый – 25 декабря 2020 года"

    @Test func deadlineNamesEachWindow() throws {
        let text = try RoadmapProcess.run(["deadline", Self.phrase, "--period", "2020-2021"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("""
          предварительный отчёт: 10.12.2020 – 10.12.2020
          итоговый: 25.12.2020 – 25.12.2020
        """), "\(text.stdout)")
        let json = try RoadmapProcess.run(["deadline", Self.phrase, "--period", "2020-2021", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let windows = try #require(object["windows"] as? [[String: Any]])
        #expect(windows.compactMap { $0["name"] as? String } == ["предварительный отчёт", "итоговый"])
        #expect(json.stdout.contains(#""end": "2020-12-10",\#n      "name": "предварительный отчёт""#), "\(json.stdout)")
    }

    @Test func listAndReportNameTheOccurrences() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("v")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "vladivostok-2020"])
        try editByHand(dir + "/measures.json", #""deadline": "Ноябрь-декабрь 2020 года""#, with: #""deadline": "\#(Self.phrase)""#)
        let mark = try RoadmapProcess.run(["mark", "1.1", "--data", dir, "--occurrence", "10.12.2020", "--status", "done",
                                           "--date", "09.12.2020"])
        #expect(mark.status == 0, "\(mark.stderr)")

        let list = try RoadmapProcess.run(["list", "--data", dir, "--as-of", "2021-01-10"])
        #expect(list.status == 0, "\(list.stderr)")
        let row = list.stdout.components(separatedBy: "\n\n").first { $0.contains("предварительный отчёт:") } ?? ""
        let flat = row.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("предварительный отчёт: Выполнено 09.12.2020."), "\(list.stdout)")
        #expect(flat.contains("итоговый: Не выполнено (срок 25.12.2020)."), "\(list.stdout)")

        let json = try RoadmapProcess.run(["list", "--data", dir, "--as-of", "2021-01-10", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let measures = (root["sections"] as? [[String: Any]] ?? []).flatMap { $0["measures"] as? [[String: Any]] ?? [] }
        let measure = try #require(measures.first { $0["id"] as? String == "1.1" })
        let occurrences = try #require(measure["occurrences"] as? [[String: Any]])
        #expect(occurrences.compactMap { $0["name"] as? String } == ["предварительный отчёт", "итоговый"])

        let report = try RoadmapProcess.run(["report", "--data", dir, "--as-of", "10.01.2021", "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("предварительный отчёт (10.12.2020)"), "\(report.stdout)")
        #expect(report.stdout.contains("итоговый (25.12.2020)"))
    }
}
