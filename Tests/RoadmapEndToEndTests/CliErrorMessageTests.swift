import Foundation
import Testing

/// What the user reads when a call cannot be carried out: one Russian
/// message with the choices, and a usage line only when the call itself
/// was malformed — never the generic «roadmap <subcommand>».
@Suite("roadmap error messages")
struct CliErrorMessageTests {
    static let terekSchools = "urozhaynoe, khamidie, novo-khamidie, novaya-balkariya, krasnoarmeyskoe, verkhniy-kurp, nizhniy-kurp"

    static func terek() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        let made = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        #expect(made.status == 0, "\(made.stderr)")
        return (folder, dir)
    }

    @Test func aProblemFoundWhileRunningPrintsOnlyItsMessage() throws {
        let (folder, dir) = try Self.terek()
        let before = try folder.snapshot()
        let calls: [([String], String)] = [
            (["mark", "99", "--data", dir, "--status", "done"],
             "Ошибка: Мероприятие «99» не найдено; возможно: 9, 1, 2 … и ещё 15, см. roadmap list.\n"),
            (["overdue", "--data", dir, "--school", "nosuch"],
             "Ошибка: Школа «nosuch» не найдена; есть: \(Self.terekSchools).\n"),
            (["history", "2.99", "--data", dir],
             "Ошибка: Мероприятие «2.99» не найдено; всего: 18, см. roadmap list.\n"),
        ]
        for (arguments, message) in calls {
            let result = try RoadmapProcess.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(try folder.snapshot() == before)
    }

    /// A malformed call still gets the usage of the command it was made to.
    @Test func aMalformedCallGetsItsCommandsUsage() throws {
        let result = try RoadmapProcess.run(["mark", "--status", "done"])
        #expect(result.status == 64)
        let lines = result.stderr.components(separatedBy: "\n")
        #expect(lines.first == "Ошибка: Не указан обязательный аргумент '<MEASURE>'")
        #expect(lines.contains { $0.hasPrefix("Использование: roadmap mark [--data <DIR>] <MEASURE>") })
        #expect(!result.stderr.contains("<subcommand>"))
    }

    /// Few schools are all named, the closest first.
    @Test func everySchoolIsOfferedWhenThereAreFew() throws {
        let (folder, dir) = try Self.terek()
        defer { withExtendedLifetime(folder) {} }
        let typo = try RoadmapProcess.run(["list", "--data", dir, "--school", "khamidi"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "Ошибка: Школа «khamidi» не найдена; возможно: khamidie, novo-khamidie; "
            + "остальные: urozhaynoe, novaya-balkariya, krasnoarmeyskoe, verkhniy-kurp, nizhniy-kurp.\n")
        // Without --school a per-school mark names every school, not three of seven.
        let missing = try RoadmapProcess.run(["mark", "8", "--data", dir, "--status", "done"])
        #expect(missing.status == 64)
        // Named as the user knows them: --school takes a name.
        #expect(missing.stderr == "Ошибка: Мероприятие 8. выполняет каждая школа: укажите --school или --all-schools; "
            + "есть: Урожайное, Хамидие, Ново-Хамидие, Новая Балкария, Красноармейское, Верхний Курп, Нижний Курп.\n")
    }

    @Test func aMissingDataDirectoryIsNamedWithTheWayToMakeIt() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("нет такого")
        let calls = [["overdue"], ["overdue", "--no-cache"], ["list"], ["history"], ["report"], ["calendar"],
                     ["validate"], ["mark", "18", "--status", "done"]]
        for call in calls {
            let result = try RoadmapProcess.run(call + ["--data", missing])
            #expect(result.status == 66, "\(call): \(result.stderr)")
            #expect(result.stderr == "Каталог данных \(missing) не найден. Создайте его: roadmap init '\(missing)' — "
                + "или укажите другой в --data.\n", "\(call)")
            #expect(result.stdout.isEmpty, "\(call)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let plain = try RoadmapProcess.run(["overdue"], environment: ["ROADMAP_DATA": "/nonexistent"])
        #expect(plain.stderr == "Каталог данных /nonexistent не найден. Создайте его: roadmap init /nonexistent — "
            + "или укажите другой в --data.\n")
        #expect(plain.status == 66)
    }
}
