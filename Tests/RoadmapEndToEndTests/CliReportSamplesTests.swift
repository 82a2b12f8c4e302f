import Foundation
import Testing

/// The samples transcribed from reports: each validates and its справка
/// gives back the marks the source document wrote.
@Suite("roadmap report on the samples transcribed from reports")
struct CliReportSamplesTests {
    @Test(arguments: [("izhevsk-2020", "26.07.2021"), ("sol-iletsk-2020", "01.12.2020")])
    func theSampleValidatesAndItsReportHoldsEveryMark(sample: String, asOf: String) throws {
        let folder = try TemporaryFolder()
        let dir = folder.path(sample)
        #expect(try RoadmapProcess.run(["init", dir, "--sample", sample]).status == 0)
        let validate = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("Ошибок нет"))
        #expect(validate.stdout.contains("сроков не распознано: 0"))
        let report = try RoadmapProcess.run(["report", "--data", dir, "--as-of", asOf, "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent("progress/municipal.json"))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let records = try #require(file["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        for record in records {
            let note = try #require(record["note"] as? String)
            #expect(report.stdout.contains(note), "\(note)")
        }
        #expect(report.stdout.contains("без срока"))
        #expect(!report.stdout.contains("срок не распознан"))
    }

    @Test func izhevskTotalsAreTheSpravkasMarks() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("izhevsk")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "izhevsk-2020"])
        let report = try RoadmapProcess.run(["report", "--data", dir, "--as-of", "26.07.2021", "--format", "md"])
        // 12 rows: 5 done, 3 in progress, 4 not done, none overdue (no deadlines).
        #expect(report.stdout.contains("| **Всего** | **12** | **5** | **3** | **4** | **0** | **0** | **0** |"))
    }
}
