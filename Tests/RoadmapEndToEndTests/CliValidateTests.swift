import Foundation
import Testing

@Suite("roadmap validate, deadline, init and the data location")
struct CliValidateTests {
    @Test(arguments: ["terek-2022", "vladivostok-2020", "seryshevo-2023"])
    func everySampleIsValid(sample: String) throws {
        let folder = try TemporaryFolder()
        let dir = folder.path(sample)
        let created = try RoadmapProcess.run(["init", dir, "--sample", sample])
        #expect(created.status == 0, "\(created.stderr)")
        let result = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Ошибок нет"))
    }

    @Test func aBrokenFileIsNamedWithItsPlaceAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let dir = try folder.sample("vladivostok-2020")
        try editByHand(dir + "/measures.json", "\"deadline\": \"ноябрь 2020 года\"", with: "\"deadline\": 2020")
        let before = try folder.snapshot()

        let result = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(result.status == 65)
        #expect(result.stdout.contains("measures.json:"))
        #expect(result.stdout.contains("«2.4»"))
        #expect(result.stdout.contains("deadline"))

        let mark = try RoadmapProcess.run(["mark", "2.1", "--data", dir, "--status", "done"])
        #expect(mark.status == 65)
        #expect(try folder.snapshot() == before)
    }

    /// A term typed as 2045 would put «по итогам каждой четверти» into 2045:
    /// validate refuses it with the reason, and so does every command.
    @Test func termDatesFarOutsideThePeriodAreRefused() throws {
        let folder = try TemporaryFolder()
        let dir = try folder.sample("terek-2022")
        let terms = #""terms": [ { "name": "I четверть", "end": "2045-10-31" }, { "name": "II четверть", "end": "1999-12-29" } ],"#
        try editByHand(dir + "/roadmap.json", #""sections": ["#, with: terms + "\n  \"sections\": [")
        let before = try folder.snapshot()
        let result = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(result.status == 65)
        #expect(result.stdout.contains("roadmap.json:"), "\(result.stdout)")
        #expect(result.stdout.contains("четверть «I четверть»: поле end: 31.10.2045 — больше чем на год вне периода дорожной карты 2022"),
                "\(result.stdout)")
        #expect(result.stdout.contains("четверть «II четверть»: поле end: 29.12.1999 — больше чем на год вне периода"), "\(result.stdout)")
        let list = try RoadmapProcess.run(["list", "--data", dir])
        #expect(list.status == 65)
        #expect(try folder.snapshot() == before)
    }

    @Test func deadlineJSONHasExactlyTheDocumentedShape() throws {
        let result = try RoadmapProcess.run(["deadline", "Декабрь 2020 года – май 2021 года (по отдельному графику)",
                                             "--period", "2020-2021", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
        {
          "phrase": "Декабрь 2020 года – май 2021 года (по отдельному графику)",
          "kind": "windows",
          "recurrence": null,
          "windows": [
            {
              "start": "2020-12-01",
              "end": "2021-05-31"
            }
          ],
          "qualifier": "по отдельному графику"
        }

        """)
        let monthly = try RoadmapProcess.run(["deadline", "Ежемесячно", "--period", "2022", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(monthly.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "recurring")
        #expect(object["recurrence"] as? String == "monthly")
        #expect((object["windows"] as? [Any])?.count == 12)

        let bad = try RoadmapProcess.run(["deadline", "Ежемесячно", "--period", "2020-2022"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("неверный период"))
    }

    @Test func withoutDataTheDefaultDirectoryIsMadeFromTheTerekSampleWithItsMarksOnce() throws {
        let folder = try TemporaryFolder()
        let environment = ["XDG_DATA_HOME": folder.path("xdg")]
        let first = try RoadmapProcess.run(["validate"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("из примера «terek-2022-progress»"))
        #expect(first.stdout.contains("отметок: 86"), "\(first.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.path("xdg/roadmap/roadmap.json")))
        let second = try RoadmapProcess.run(["validate"], environment: environment)
        #expect(!second.stderr.contains("Создан"))

        let viaEnvironment = try RoadmapProcess.run(["validate"], environment: ["ROADMAP_DATA": folder.path("xdg/roadmap")])
        #expect(viaEnvironment.status == 0)
    }

    /// Without $XDG_DATA_HOME the folder is under $HOME, like the cache:
    /// a user with another $HOME (sudo -E, a service) keeps data and cache together.
    @Test func withoutXDGTheDefaultDirectoryFollowsHome() throws {
        let folder = try TemporaryFolder()
        let result = try RoadmapProcess.run(["validate"], environment: ["XDG_DATA_HOME": "", "HOME": folder.path("home")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("home/.local/share/roadmap/roadmap.json")))
    }

    /// A day done that has not come yet (typed by hand, a wrong clock) is
    /// named as a warning: it counts only from that day on.
    @Test func aDayDoneInTheFutureIsAWarning() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        _ = try RoadmapProcess.run(["mark", "5", "--school", "urozhaynoe", "--data", dir, "--status", "done", "--date", "10.06.2022"])
        let file = dir + "/progress/schools/urozhaynoe.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "2022-06-10", with: "2999-01-01").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            progress/schools/urozhaynoe.json: предупреждение: мероприятие 5, школа Урожайное: дата выполнения 01.01.2999 \
            ещё не наступила — до этого дня отметка не учитывается
            Ошибок нет. Мероприятий: 18, школ: 7, отметок: 1, сроков не распознано: 0, предупреждений: 1.

            """)
    }

    @Test func initRefusesAnUnknownSampleAndANonEmptyDirectory() throws {
        let folder = try TemporaryFolder()
        let unknown = try RoadmapProcess.run(["init", folder.path("x"), "--sample", "terek-2021"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("terek-2022"))
        _ = try RoadmapProcess.run(["init", folder.path("y"), "--sample", "terek-2022"])
        let again = try RoadmapProcess.run(["init", folder.path("y"), "--sample", "terek-2022"])
        #expect(again.status != 0)
    }

    @Test func wrongCallsAreExplainedInRussianWithTheClosestCommand() throws {
        let typo = try RoadmapProcess.run(["overdu"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("нет команды «overdu»; возможно: roadmap overdue"))
        let missing = try RoadmapProcess.run(["mark", "1"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Не указан обязательный аргумент '--status <STATUS>'"))
        let format = try RoadmapProcess.run(["overdue", "--format", "xml"])
        #expect(format.stderr.contains("Значение 'xml' недопустимо для '--format <FORMAT>'"))
        // The choices come from the command's own help line, so `list`
        // (no csv) never offers what it refuses.
        #expect(format.stderr.contains("Справка:  --format <FORMAT>  Формат: table, json или csv."))
        #expect(!format.stderr.contains("Error:"))
    }
}
