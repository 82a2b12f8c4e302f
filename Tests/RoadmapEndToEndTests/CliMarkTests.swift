import Foundation
import Testing

@Suite("roadmap mark")
struct CliMarkTests {
    @Test func markingDoneRecordsHistoryAndLeavesTheOverdueList() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let before = try folder.snapshot()

        let result = try RoadmapProcess.run(["mark", "1", "--data", dir, "--status", "done",
                                             "--note", "Проведён анализ «Дорожных карт» всех 7 школ",
                                             "--date", "20.02.2022", "--by", "Шидукова Л.П."])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("запланировано → выполнено 20.02.2022"))
        #expect(result.stdout.contains("progress/municipal.json"))

        let after = try folder.snapshot()
        let changed = after.keys.filter { after[$0] != before[$0] }
        #expect(changed.count == 1)
        #expect(changed.first?.hasSuffix("progress/municipal.json") == true)
        let text = String(decoding: try #require(after[dir + "/progress/municipal.json"]), as: UTF8.self)
        #expect(text.contains("\"note\": \"Проведён анализ «Дорожных карт» всех 7 школ\""))
        #expect(text.contains("\"doneOn\": \"2022-02-20\""))
        #expect(text.contains("\"by\": \"Шидукова Л.П.\""))
        #expect(text.contains("\"history\""))

        let overdue = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-06-01", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.contains { $0["measure"] as? String == "1" })

        let validate = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(validate.status == 0, "\(validate.stdout)")
    }

    /// `--date` reads a day as the dashboard's date fields do: without the
    /// year it falls in the roadmap's period; a text that is no day is
    /// refused and nothing is written.
    @Test func theDayDoneMayBeTypedShort() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        for (measure, date) in [("1", "12.05"), ("11", "12 мая")] {
            let result = try RoadmapProcess.run(["mark", measure, "--data", dir, "--status", "done", "--date", date])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("выполнено 12.05.2022"), "\(result.stdout)")
        }
        let before = try folder.snapshot()
        let bad = try RoadmapProcess.run(["mark", "12", "--data", dir, "--status", "done", "--date", "мартобря"])
        #expect(bad.status == 64, "\(bad.stderr)")
        #expect(bad.stderr.contains("--date: неверная дата «мартобря»"), "\(bad.stderr)")
        #expect(try folder.snapshot() == before)
    }

    /// Seed 000's notes begin with «- »: such a note is a note, not an option.
    @Test func aNoteStartingWithADashIsANote() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let note = "- проведено 5 консультаций;\n- участие в вебинаре"
        let result = try RoadmapProcess.run(["mark", "11", "--data", dir, "--note", note, "--status", "done", "--date", "01.03.2022"])
        #expect(result.status == 0, "\(result.stderr)")
        let history = try RoadmapProcess.run(["history", "11", "--data", dir, "--format", "json"])
        #expect(history.stdout.contains("- проведено 5 консультаций;\\n- участие в вебинаре"), "\(history.stdout)")
    }

    @Test func perSchoolAndRecurringMeasuresAskForWhatIsMissing() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let before = try folder.snapshot()

        let noSchool = try RoadmapProcess.run(["mark", "8", "--data", dir, "--status", "done"])
        #expect(noSchool.status != 0)
        #expect(noSchool.stderr.contains("--school"))

        let recurring = try RoadmapProcess.run(["mark", "18", "--data", dir, "--status", "done"])
        #expect(recurring.status != 0)
        #expect(recurring.stderr.contains("--occurrence"))
        #expect(recurring.stderr.contains("01.03.2022–31.03.2022"))

        let unknown = try RoadmapProcess.run(["mark", "19", "--data", dir, "--status", "done"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Мероприятие «19» не найдено"))

        let badStatus = try RoadmapProcess.run(["mark", "1", "--data", dir, "--status", "finished"])
        #expect(badStatus.status != 0)
        #expect(badStatus.stderr.contains("done (выполнено)"))
        #expect(try folder.snapshot() == before)
    }

    @Test func recurringOccurrenceAndSchoolAreMarkedSeparately() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let march = try RoadmapProcess.run(["mark", "18", "--data", dir, "--occurrence", "15.03.2022",
                                            "--status", "выполнено", "--date", "2022-03-28", "--by", "ИМЦ"])
        #expect(march.status == 0, "\(march.stderr)")
        let school = try RoadmapProcess.run(["mark", "8", "--data", dir, "--school", "urozhaynoe",
                                             "--status", "in-progress", "--by", "ИМЦ"])
        #expect(school.status == 0, "\(school.stderr)")
        #expect(school.stdout.contains("progress/schools/urozhaynoe.json"))

        let overdue = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-09-01", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        let control = rows.filter { $0["measure"] as? String == "18" }.compactMap { $0["due"] as? String }
        #expect(!control.contains("2022-03-31"))
        #expect(control.contains("2022-04-30"))
        let actualisation = rows.filter { $0["measure"] as? String == "8" }
        #expect(actualisation.first { $0["school"] as? String == "urozhaynoe" }?["status"] as? String == "in-progress")
    }
}
