import Foundation
import Testing

/// `--help`, `-h` and `roadmap help <команда>` speak Russian, frame
/// included, and fit the width they are given.
@Suite("roadmap help in Russian")
struct CliHelpTests {
    static let commands = ["dashboard", "control", "overdue", "list", "mark", "validate", "deadline", "init",
                           "import", "report", "calendar", "history", "help"]

    /// The parser's English frame; none of it may reach the user.
    static let english = ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "Show help", "Show the version",
                          "Show subcommand", "(default)", "default:", "values:", "See '", "subcommand", "for detailed help"]

    static func help(_ arguments: [String], columns: Int = 80) throws -> RoadmapProcess.Result {
        try RoadmapProcess.run(arguments, environment: ["COLUMNS": "\(columns)"])
    }

    @Test func theMainHelpIsRussian() throws {
        let result = try Self.help(["--help"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "ОПИСАНИЕ: Дорожная карта работы со школами с низкими образовательными")
        for line in [
            "ИСПОЛЬЗОВАНИЕ: roadmap <команда>",
            "ПАРАМЕТРЫ:",
            "  --version               Показать версию.",
            "  -h, --help              Показать справку.",
            "КОМАНДЫ:",
            "  dashboard (по умолчанию)",
            "                          Панель координатора: школы, дорожная карта,",
            "  mark                    Отмечает выполнение мероприятия (с записью в историю).",
            "  Подробнее: roadmap help <команда>.",
        ] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(lines.suffix(2) == ["  Подробнее: roadmap help <команда>.", ""])
        #expect(result.stdout.hasSuffix(".\n"))
    }

    /// The three ways of asking give the same page.
    @Test func markHelpThreeWays() throws {
        let long = try Self.help(["mark", "--help"])
        let short = try Self.help(["mark", "-h"])
        let command = try Self.help(["help", "mark"])
        #expect(long.status == 0 && short.status == 0 && command.status == 0)
        #expect(long.stdout == short.stdout)
        #expect(long.stdout == command.stdout)
        let lines = long.stdout.components(separatedBy: "\n")
        let expected = [
            "ИСПОЛЬЗОВАНИЕ: roadmap mark [--data <DIR>] <MEASURE> [--school <SCHOOL>]",
            "               [--all-schools] [--occurrence <DATE>] --status <STATUS>",
            "               [--note <TEXT>] [--date <DATE>] [--by <NAME>]",
            "",
            "АРГУМЕНТЫ:",
            "  <MEASURE>               Номер мероприятия, например 2.4.",
            "",
            "ПАРАМЕТРЫ:",
            "  --data <DIR>            Каталог данных.",
            "  --school <SCHOOL>       Для мероприятий, которые выполняет каждая школа: её",
            "                          название («Урожайное», любая его часть) или id.",
        ]
        let start = try #require(lines.firstIndex(of: expected[0]))
        #expect(Array(lines[start..<min(lines.count, start + expected.count)]) == expected)
        #expect(lines.first == "ОПИСАНИЕ: Отмечает выполнение мероприятия (с записью в историю).")
        // An example too long for the line goes on indented under itself.
        #expect(lines.contains("  roadmap mark 2.4 --status done --note \"Курсы прошли 12 учителей\" --date"))
        #expect(lines.contains("    25.11.2020"))
        #expect(lines.suffix(3) == ["  --version               Показать версию.", "  -h, --help              Показать справку.", ""])
    }

    @Test func defaultsAreSaidInRussianAsOneSentence() throws {
        let deadline = try Self.help(["deadline", "--help"]).stdout.components(separatedBy: "\n")
        #expect(deadline.contains("  --format <FORMAT>       Формат: text или json (по умолчанию: text)."))
        // `list` takes no csv: the help must not offer it.
        let list = try Self.help(["list", "--help"]).stdout.components(separatedBy: "\n")
        #expect(list.contains("  --format <FORMAT>       Формат: table или json (по умолчанию: table)."))
        let overdue = try Self.help(["overdue", "--help"]).stdout.components(separatedBy: "\n")
        #expect(overdue.contains("  --format <FORMAT>       Формат: table, json или csv (по умолчанию: table)."))
    }

    @Test func theHelpCommandsOwnPageIsRussian() throws {
        let lines = try Self.help(["help", "help"]).stdout.components(separatedBy: "\n")
        #expect(lines.first == "ОПИСАНИЕ: Показать справку о команде.")
        #expect(lines.contains("ИСПОЛЬЗОВАНИЕ: roadmap help [<команды> ...]"))
    }

    /// Every page of every command, at three widths: no English frame, no
    /// line past the edge.
    @Test(arguments: [80, 60, 46])
    func everyPageIsRussianAndFits(columns: Int) throws {
        for command in [[]] + Self.commands.map({ [$0] }) {
            let result = try Self.help(command + ["--help"], columns: columns)
            #expect(result.status == 0, "\(command)")
            for word in Self.english {
                #expect(!result.stdout.contains(word), "\(command): \(word)")
            }
            for line in result.stdout.components(separatedBy: "\n") {
                #expect(line.count <= columns, "\(command): \(line)")
            }
        }
    }

    @Test func versionPrintsTheVersion() throws {
        for arguments in [["--version"], ["mark", "--version"]] {
            let result = try RoadmapProcess.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout == "roadmap 0.1.0\n", "\(arguments)")
            #expect(result.stderr.isEmpty, "\(arguments)")
        }
    }
}
