import Foundation
import Testing

@Suite("roadmap overdue on the bundled samples")
struct CliOverdueTests {
    /// Seed 001 on 01.03.2021 with nothing marked: every window that ended
    /// before March, longest overdue first, as (measure, due, days).
    static let vladivostokOnFirstOfMarch: [(String, String, Int)] = [
        ("4.6", "2020-09-30", 152),
        ("2.1", "2020-10-30", 122),
        ("3.1", "2020-10-31", 121),
        ("2.2", "2020-11-03", 118),
        // «по итогам каждой четверти»: the close of terms I and II, reported by 10.11 and 10.01.
        ("3.5", "2020-11-10", 111),
        ("2.3", "2020-11-30", 91),
        ("2.4", "2020-11-30", 91),
        ("2.5", "2020-11-30", 91),
        ("2.7", "2020-11-30", 91),
        ("2.8", "2020-11-30", 91),
        ("1.1", "2020-12-31", 60),
        ("2.8", "2020-12-31", 60),
        ("4.6", "2020-12-31", 60),
        ("3.5", "2021-01-10", 50),
        ("1.2", "2021-02-28", 1),
        ("3.6", "2021-02-28", 1),
    ]

    @Test func vladivostokOverdueOnFirstOfMarchListsTheRightMeasures() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("vladivostok")
        let initResult = try RoadmapProcess.run(["init", dir, "--sample", "vladivostok-2020"])
        #expect(initResult.status == 0, "\(initResult.stderr)")

        let result = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2021-03-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let got = rows.map { ($0["measure"] as? String ?? "", $0["due"] as? String ?? "", $0["daysOverdue"] as? Int ?? -1) }
        #expect(got.map { "\($0.0) \($0.1) \($0.2)" } == Self.vladivostokOnFirstOfMarch.map { "\($0.0) \($0.1) \($0.2)" })
        let first = try #require(rows.first)
        #expect(first["school"] is NSNull)
        #expect(first["status"] as? String == "planned")
        #expect((first["responsible"] as? [String])?.contains("УРМУО") == true)
        #expect((first["title"] as? String)?.hasPrefix("Проведение разъяснительной работы") == true)
    }

    @Test func theSameDateWrittenTheRussianWayGivesTheSameList() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("v")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "vladivostok-2020"])
        let iso = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2021-03-01", "--format", "json"])
        let russian = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "01.03.2021", "--format", "json"])
        #expect(iso.stdout == russian.stdout)
        #expect(!iso.stdout.isEmpty)
    }

    @Test func tableIsRussianAndCsvIsForExcel() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("v")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "vladivostok-2020"])
        let table = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2021-03-01"])
        #expect(table.stdout.contains("Просрочено на 01.03.2021: 16"))
        #expect(table.stdout.contains("Мероприятие"))
        #expect(table.stdout.contains("30.09.2020"))

        let csv = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2021-03-01", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Дней просрочки;№;Мероприятие"))
        #expect(csv.stdout.contains(";30.09.2020;"))
        #expect(csv.stdout.contains("\r\n"))
    }

    @Test func filtersBySchoolAndResponsible() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let all = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-06-01", "--format", "json"])
        let oneSchool = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-06-01", "--school", "urozhaynoe", "--format", "json"])
        let allRows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        let schoolRows = try #require(try JSONSerialization.jsonObject(with: Data(oneSchool.stdout.utf8)) as? [[String: Any]])
        #expect(!schoolRows.isEmpty)
        #expect(schoolRows.count < allRows.count)
        #expect(schoolRows.allSatisfy { $0["school"] as? String == "urozhaynoe" })

        let imc = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-06-01", "--responsible", "имц", "--format", "json"])
        let imcRows = try #require(try JSONSerialization.jsonObject(with: Data(imc.stdout.utf8)) as? [[String: Any]])
        #expect(!imcRows.isEmpty)
        #expect(imcRows.allSatisfy { ($0["responsible"] as? [String])?.contains { $0.contains("ИМЦ") } == true })
    }

    @Test func wrongDatesAndSchoolsAreRefusedInRussian() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        for bad in ["31.02.2021", "2021-13-01", "99999-01-01", ""] {
            let result = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", bad])
            #expect(result.status != 0)
            #expect(result.stderr.contains("неверная дата «\(bad)»"), "\(bad): \(result.stderr)")
        }
        let school = try RoadmapProcess.run(["overdue", "--data", dir, "--school", "urozhaynoje"])
        #expect(school.status != 0)
        #expect(school.stderr.contains("не найдена"))
        #expect(school.stderr.contains("urozhaynoe"))
    }
}
