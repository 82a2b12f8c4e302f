import Foundation
import Testing
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// Hostile text and hostile arguments at the command line: escape
/// sequences in titles, notes and school names never reach the terminal
/// raw (nor the dashboard's grid); every option refuses empty, wrong-typed
/// and out-of-range values with a Russian message and exit 64, changing
/// nothing; `history` names who changed what and when.
@Suite("Safety: hostile text and arguments at the command line")
struct SafetyCommandLineTests {
    /// ESC sequences (colour, clear screen, window title), BEL and the
    /// one-byte CSI U+009B.
    static let hostile = "\u{1B}[31mКРАСНЫЙ\u{1B}[2J\u{1B}]0;захват\u{07}\u{9B}6n"

    static func hostileDirectory(_ folder: TemporaryFolder) throws -> String {
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let escaped = "\\u001b[31mКРАСНЫЙ\\u001b[2J\\u001b]0;захват\\u0007\\u009b6n"
        for file in ["measures.json", "schools.json"] {
            var text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            if file == "measures.json" {
                text = text.replacingOccurrences(of: "\"title\": \"Проведение анализа", with: "\"title\": \"\(escaped) Проведение анализа")
            } else {
                text = text.replacingOccurrences(of: "\"shortName\": \"Урожайное\"", with: "\"shortName\": \"Урожайное \(escaped)\"")
            }
            try text.write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
        }
        let mark = try RoadmapProcess.run(["mark", "2", "--school", "urozhaynoe", "--data", dir, "--status", "in-progress",
                                           "--note", hostile, "--by", "Злоумышленник \(hostile)"])
        try #require(mark.status == 0, "\(mark.stderr)")
        return dir
    }

    static func isHarmless(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) }
    }

    @Test func escapeSequencesInDataAreShownHarmlessly() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.hostileDirectory(folder)
        let calls: [[String]] = [
            ["overdue", "--as-of", "2022-12-31"], ["overdue", "--as-of", "2022-12-31", "--format", "csv"],
            ["list", "--as-of", "2022-12-31"], ["history"], ["validate"],
            ["mark", "2", "--school", "urozhaynoe", "--status", "done", "--date", "01.03.2022"],
        ]
        for call in calls {
            let result = try RoadmapProcess.run(call + ["--data", dir])
            #expect(result.status == 0, "\(call): \(result.stderr)")
            #expect(Self.isHarmless(result.stdout) && Self.isHarmless(result.stderr), "\(call)")
            #expect(result.stdout.contains("КРАСНЫЙ") || call.first == "validate", "\(call): данные не показаны")
        }
        // The data itself is kept as written: JSON carries it escaped.
        let json = try RoadmapProcess.run(["history", "--data", dir, "--format", "json"])
        #expect(json.stdout.contains("\\u001B[31mКРАСНЫЙ") || json.stdout.contains("\\u001b[31mКРАСНЫЙ"), "\(json.stdout)")
        let data = try #require(DataDirectory(URL(fileURLWithPath: dir)).load().data)
        #expect(data.record(ProgressKey(measure: "2", school: "urozhaynoe"))?.history.first?.note == Self.hostile)
    }

    @Test func theDashboardGridHoldsNoControlCharacters() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.hostileDirectory(folder)
        let screens = try dashboardScreens(dir, keys: [.tab, .enter, .down, .tab, .enter], width: 160)
        let cells = screens.flatMap { $0.cells }
        #expect(cells.contains { $0.text.contains("К") }, "данные не нарисованы")
        let bad = cells.filter { !Self.isHarmless($0.text) || $0.text.unicodeScalars.contains { $0.value < 0x20 } }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    /// (arguments, the first line of the message); every call exits 64.
    static let wrongCalls: [([String], String)] = [
        (["overdue", "--as-of", "31.02.2021"], "Ошибка: --as-of: неверная дата «31.02.2021»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03."),
        (["overdue", "--as-of", "2021-13-01"], "Ошибка: --as-of: неверная дата «2021-13-01»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03."),
        (["overdue", "--as-of", "99999-01-01"], "Ошибка: --as-of: неверная дата «99999-01-01»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03."),
        (["overdue", "--as-of", ""], "Ошибка: --as-of: пустая дата; ожидается ДД.ММ.ГГГГ, например 01.03.2021."),
        (["list", "--as-of", "0000-01-01"], "Ошибка: --as-of: неверная дата «0000-01-01»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03."),
        (["overdue", "--school", ""], "Ошибка: --school: пустой id школы; есть: urozhaynoe, khamidie, novo-khamidie, novaya-balkariya, krasnoarmeyskoe, verkhniy-kurp, nizhniy-kurp."),
        (["overdue", "--school", "../etc"], "Ошибка: Школа «../etc» не найдена; есть: urozhaynoe, khamidie, novo-khamidie, novaya-balkariya, krasnoarmeyskoe, verkhniy-kurp, nizhniy-kurp."),
        (["mark", "1", "--status", ""], "Ошибка: --status: неизвестный статус «»; возможны: planned (запланировано), in-progress (выполняется), done (выполнено), not-done (не выполнено), cancelled (отменено)."),
        (["mark", "1", "--status", "42"], "Ошибка: --status: неизвестный статус «42»; возможны: planned (запланировано), in-progress (выполняется), done (выполнено), not-done (не выполнено), cancelled (отменено)."),
        (["mark", "1", "--status", "done", "--date", "31.02.2021"], "Ошибка: --date: неверная дата «31.02.2021»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03."),
        (["mark", "1", "--status", "done", "--date", "\u{1B}[2J"], "Ошибка: --date: неверная дата «�[2J»; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты и ДД.ММ, «12 мая», «май», например 01.03.2021 или 01.03."),
        (["mark", "", "--status", "done"], "Ошибка: Мероприятие «» не найдено; всего: 18, см. roadmap list."),
        (["mark", String(repeating: "9", count: 10_000), "--status", "done"], "Ошибка: Мероприятие «\(String(repeating: "9", count: 80))… (всего символов: 10000)» не найдено; всего: 18, см. roadmap list."),
        (["mark", "18", "--status", "done", "--occurrence", "2021-13-01"], "Ошибка: --occurrence: неверная дата «2021-13-01»; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2021-03-01 или 01.03.2021."),
        (["mark", "1", "--status", "done", "--by", ""], "Ошибка: --by: имя не может быть пустым."),
        (["mark", "1", "--status", "done", "--data", ""], "Ошибка: --data: пустой путь к каталогу данных."),
        (["history", "--format", "csv"], "Ошибка: --format: неизвестный формат «csv»; возможны: table, json."),
        (["history", "--school", ""], "Ошибка: --school: пустой id школы; есть: urozhaynoe, khamidie, novo-khamidie, novaya-balkariya, krasnoarmeyskoe, verkhniy-kurp, nizhniy-kurp."),
        (["deadline", "Февраль", "--period", "99999"], "Ошибка: --period: неверный период «99999»; ожидается год (2022) или учебный год (2020-2021)."),
        (["deadline", "Февраль", "--period", ""], "Ошибка: --period: неверный период «»; ожидается год (2022) или учебный год (2020-2021)."),
    ]

    @Test func wrongArgumentsAreRefusedInRussianAndChangeNothing() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let before = try folder.snapshot()
        for (arguments, message) in Self.wrongCalls {
            // `--data` goes first so a test of `--data ""` overrides it.
            let result = try RoadmapProcess.run(Array(arguments.prefix(1)) + ["--data", dir] + arguments.dropFirst(),
                                                environment: ["ROADMAP_DATA": dir])
            #expect(result.status == 64, "\(arguments.prefix(4)): \(result.stderr)")
            #expect(result.stderr.components(separatedBy: "\n").first == message, "\(arguments.prefix(4))")
        }
        #expect(try folder.snapshot() == before)
    }

    @Test func historyNamesWhoAndWhen() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        _ = try RoadmapProcess.run(["mark", "18", "--occurrence", "15.03.2022", "--data", dir, "--status", "in-progress", "--by", "Шидукова Л.П."])
        _ = try RoadmapProcess.run(["mark", "18", "--occurrence", "15.03.2022", "--data", dir, "--status", "done",
                                    "--date", "28.03.2022", "--note", "Проведён час контроля"])
        let json = try RoadmapProcess.run(["history", "18", "--data", dir, "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.map { $0["by"] as? String } == ["Шидукова Л.П.", LoginName.current])
        #expect(rows.map { $0["status"] as? String } == ["in-progress", "done"])
        #expect(rows.allSatisfy { $0["occurrence"] as? String == "2022-03-31" && ($0["at"] as? String)?.count ?? 0 >= 20 })
        #expect(rows.last?["note"] as? String == "Проведён час контроля")
        let table = try RoadmapProcess.run(["history", "--data", dir])
        #expect(table.stdout.contains("Шидукова Л.П.") && table.stdout.contains("выполнено 28.03.2022"))
        #expect(table.stdout.hasSuffix("Изменений: 2\n"))
        let other = try RoadmapProcess.run(["history", "1", "--data", dir])
        #expect(other.stdout == "Изменений нет.\n")
    }

    /// Root reads every file, so this runs as `nobody`.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableFileIsNamed() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        #expect(chmod(dir + "/measures.json", 0o000) == 0)
        defer { chmod(dir + "/measures.json", 0o644) }
        let result = try RoadmapProcess.runAs(nobody: RoadmapProcess.binary.path, ["validate", "--data", dir])
        #expect(result.status == 65)
        #expect(result.stdout.hasPrefix("measures.json: не удалось прочитать файл: нет прав доступа\n"), "\(result.stdout)")
    }
}
