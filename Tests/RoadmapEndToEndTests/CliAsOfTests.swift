import Foundation
import Testing

/// Looking back in time: `overdue`, `list` and `report` as of a date do not
/// count a «выполнено» done after that date, with or without the cached
/// index; `mark --date` refuses a day that has not come yet.
@Suite("roadmap: the state as of a date")
struct CliAsOfTests {
    /// Terek 2022, measure 6 («Апрель», every school) done by Хамидие on 10.06.2022.
    final class Setup {
        let folder: TemporaryFolder
        let dir: String
        let cache: String

        init() throws {
            folder = try TemporaryFolder()
            dir = folder.path("data")
            cache = folder.path("cache")
            #expect(try run(["init", dir, "--sample", "terek-2022"]).status == 0)
            let mark = try run(["mark", "6", "--data", dir, "--school", "khamidie", "--status", "done", "--date", "10.06.2022"])
            #expect(mark.status == 0, "\(mark.stderr)")
        }

        func run(_ arguments: [String]) throws -> RoadmapProcess.Result {
            try RoadmapProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        }

        func overdue(_ extra: [String]) throws -> String {
            let result = try run(["overdue", "--data", dir, "--school", "khamidie", "--format", "csv"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @Test("S2: выполнено 10.06 — в просроченных на 01.05, с индексом и без")
    func doneLaterIsOverdueAsOfEarlier() throws {
        let setup = try Setup()
        let truth = try setup.overdue(["--as-of", "01.05.2022", "--no-cache"])
        let building = try setup.overdue(["--as-of", "01.05.2022"])
        let fromIndex = try setup.overdue(["--as-of", "01.05.2022"])
        #expect(truth.contains("Диагностика уровня освоения образовательных программ обучающимися 9, 11 классов"), "\(truth)")
        #expect(building == truth)
        #expect(fromIndex == truth)
        // The same index, asked about a later date: done, so gone.
        let june = try setup.overdue(["--as-of", "15.06.2022"])
        #expect(!june.contains("обучающимися 9, 11 классов"), "\(june)")
        #expect(june == (try setup.overdue(["--as-of", "15.06.2022", "--no-cache"])))
    }

    @Test("S2: справка на 15.06 не показывает выполнение с более поздней датой")
    func reportDoesNotShowALaterDayDone() throws {
        let setup = try Setup()
        let mark = try setup.run(["mark", "5", "--data", setup.dir, "--school", "urozhaynoe", "--status", "done",
                                  "--date", "20.06.2022", "--note", "Анализ проведён"])
        #expect(mark.status == 0, "\(mark.stderr)")
        let early = try setup.run(["report", "--data", setup.dir, "--as-of", "15.06.2022", "--format", "md"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(!early.stdout.contains("20.06.2022"), "\(early.stdout)")
        #expect(!early.stdout.contains("Анализ проведён"))
        let row5 = early.stdout.split(separator: "\n").first { $0.hasPrefix("| 5. |") } ?? ""
        #expect(row5.contains("| из 7: просрочено 7 |"), "\(row5)")
        let late = try setup.run(["report", "--data", setup.dir, "--as-of", "01.07.2022", "--format", "md"])
        #expect(late.stdout.split(separator: "\n").first { $0.hasPrefix("| 5. |") }?.contains("из 7: выполнено 1, просрочено 6") == true)
        #expect(late.stdout.contains("Анализ проведён"))

        let csv = try setup.run(["report", "--data", setup.dir, "--as-of", "15.06.2022", "--format", "csv"])
        #expect(!csv.stdout.contains("20.06.2022"))
        let list = try setup.run(["list", "--data", setup.dir, "--as-of", "15.06.2022", "--format", "json"])
        #expect(!list.stdout.contains("2022-06-20"))
        #expect(list.stdout.contains("2022-06-10"), "Хамидие's measure 6 was done by then")
    }

    @Test("mark --date позже сегодняшнего дня: отказ, код 64, ничего не записано")
    func markRefusesADayAfterToday() throws {
        let setup = try Setup()
        let before = try setup.folder.snapshot()
        let tomorrow = Calendar(identifier: .gregorian).date(byAdding: .day, value: 1, to: Date())!
        let formatter = DateFormatter()
        formatter.dateFormat = "dd.MM.yyyy"
        for date in ["01.01.2100", formatter.string(from: tomorrow)] {
            let result = try setup.run(["mark", "5", "--data", setup.dir, "--school", "urozhaynoe", "--status", "done", "--date", date])
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains("--date: \(date) — день ещё не наступил"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try setup.folder.snapshot() == before)
        // The sample's period is 2022: a day more than a year outside it is refused too.
        for date in ["0001-01-01", "31.12.2020", "01.01.2024"] {
            let result = try setup.run(["mark", "5", "--data", setup.dir, "--school", "urozhaynoe", "--status", "done", "--date", date])
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains("больше чем на год вне периода дорожной карты (01.01.2022–31.12.2022)"), "\(result.stderr)")
        }
        #expect(try setup.folder.snapshot() == before)
        // Without --date the day is today's: on the 2022 sample, long past its period.
        let noDate = try setup.run(["mark", "5", "--data", setup.dir, "--school", "urozhaynoe", "--status", "done"])
        #expect(noDate.status == 64, "\(noDate.stderr)")
        #expect(noDate.stderr.contains("дата выполнения по умолчанию — сегодня, а "), "\(noDate.stderr)")
        #expect(noDate.stderr.contains("Укажите --date."), "\(noDate.stderr)")
        for date in ["01.01.2021", "31.12.2023"] {
            let ok = try setup.run(["mark", "5", "--data", setup.dir, "--school", "urozhaynoe", "--status", "done", "--date", date])
            #expect(ok.status == 0, "\(ok.stderr)")
        }
    }

    @Test("--as-of как в панели: «01.03», «31 мая», «март» читаются в периоде дорожной карты")
    func shortDatesAreReadInTheRoadmapsPeriod() throws {
        let setup = try Setup()
        for (typed, full) in [("01.03", "01.03.2022"), ("31 мая", "31.05.2022"), ("март", "31.03.2022")] {
            let short = try setup.overdue(["--as-of", typed])
            #expect(short == (try setup.overdue(["--as-of", full, "--no-cache"])), "\(typed)")
            let table = try setup.run(["overdue", "--data", setup.dir, "--as-of", typed])
            #expect(table.stdout.hasPrefix("Просрочено на \(full)"), "\(table.stdout)")
            let list = try setup.run(["list", "--data", setup.dir, "--as-of", typed])
            #expect(list.stdout.contains("по состоянию на \(full)"), "\(list.stdout)")
        }
        let report = try setup.run(["report", "--data", setup.dir, "--as-of", "01.03", "--format", "md"])
        #expect(report.stdout.contains("по состоянию на 01.03.2022"), "\(report.stderr)")
        let wrong = try setup.run(["overdue", "--data", setup.dir, "--as-of", "32.13"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--as-of: неверная дата «32.13»"), "\(wrong.stderr)")
    }
}
