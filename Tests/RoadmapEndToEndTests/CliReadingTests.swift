import Foundation
import Testing

/// How `deadline`, `list --school` and `history` read to a person.
@Suite("roadmap deadline, list and history output")
struct CliReadingTests {
    @Test func deadlineNamesThePeriodItAssumed() throws {
        let result = try RoadmapProcess.run(["deadline", "Февраль"])
        #expect(result.status == 0, "\(result.stderr)")
        let today = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        let start = (today.month ?? 1) >= 9 ? (today.year ?? 0) : (today.year ?? 0) - 1
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(Array(lines.prefix(3)) == [
            "Срок: «Февраль»",
            "Период: \(start)-\(start + 1) учебный год (по умолчанию — текущий)",
            "Прочитан как: один период",
        ])
        #expect(lines[3] == "  01.02.\(start + 1) – 28.02.\(start + 1)" || lines[3] == "  01.02.\(start + 1) – 29.02.\(start + 1)")

        let given = try RoadmapProcess.run(["deadline", "Февраль", "--period", "2022"])
        #expect(given.stdout == "Срок: «Февраль»\nПериод: 2022 год\nПрочитан как: один период\n  01.02.2022 – 28.02.2022\n")
    }

    /// Exit 65 tells a script the phrase was not read; the answer is still printed.
    @Test func anUnrecognizedDeadlineExits65() throws {
        let text = try RoadmapProcess.run(["deadline", "когда-нибудь потом", "--period", "2020-2021"])
        #expect(text.status == 65)
        #expect(text.stdout == "Срок: «когда-нибудь потом»\nПериод: 2020-2021 учебный год\nПрочитан как: срок не распознан\n")
        let json = try RoadmapProcess.run(["deadline", "когда-нибудь потом", "--period", "2020-2021", "--format", "json"])
        #expect(json.status == 65)
        #expect(json.stdout.contains("\"kind\": \"unrecognized\""))
        let read = try RoadmapProcess.run(["deadline", "Ежемесячно", "--period", "2022", "--format", "json"])
        #expect(read.status == 0)
    }

    /// As in `report --school`: only what the school carries out, and no
    /// municipal measure standing there with «нет школ».
    @Test func listForOneSchoolShowsOnlyItsMeasures() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let result = try RoadmapProcess.run(["list", "--data", dir, "--school", "khamidie", "--as-of", "2022-06-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[2] == "Школа: Хамидие — только мероприятия, которые она выполняет")
        #expect(!result.stdout.contains("нет школ"))
        let numbers = lines.compactMap { line in line.split(separator: " ").first.map(String.init) }
            .filter { $0.hasSuffix(".") && Int($0.dropLast()) != nil }
        // Section headings «1. Общесистемные» come first in each block.
        #expect(numbers == ["1.", "2.", "3.", "4.", "2.", "5.", "6.", "7.", "8.", "9.", "10.", "3.", "13."])
        // One set of widths for every section: the widest title is measure 2's, the widest deadline «По отдельному плану».
        let row13 = try #require(lines.first { $0.hasPrefix("13.") })
        let row9 = try #require(lines.first { $0.hasPrefix("9.") })
        #expect(row13.hasPrefix("13.  Организация посещения уроков (открытых уроков) учителей, учащиеся которых показывают низкие образовательные результаты.  "))
        #expect(row13.hasSuffix("В течение года       Срок до 31.12.2022, отметки нет."), "\(row13)")
        #expect(row13.range(of: "В течение года")?.lowerBound.utf16Offset(in: row13)
                == row9.range(of: "По отдельному плану")?.lowerBound.utf16Offset(in: row9))

        let json = try RoadmapProcess.run(["list", "--data", dir, "--school", "khamidie", "--as-of", "2022-06-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        let measures = sections.flatMap { ($0["measures"] as? [[String: Any]]) ?? [] }
        #expect(measures.compactMap { $0["id"] as? String } == ["2", "3", "4", "5", "6", "7", "8", "9", "10", "13"])
        #expect(measures.allSatisfy { $0["perSchool"] as? Bool == true })
    }

    /// The table shows the moment in local time; JSON keeps it as stored.
    @Test func historyShowsTheTimeAsWritten() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let marked = try RoadmapProcess.run(["mark", "18", "--occurrence", "15.03.2022", "--data", dir, "--status", "done",
                                             "--date", "28.03.2022", "--by", "Шидукова Л.П."])
        #expect(marked.status == 0, "\(marked.stderr)")
        // Pin the moment the mark was made, so the expected line is exact.
        let file = dir + "/progress/municipal.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "\"at\": \"[^\"]+\"")
        let pinned = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                      withTemplate: "\"at\": \"2022-03-28T16:15:00+10:00\"")
        try pinned.write(toFile: file, atomically: true, encoding: .utf8)

        let vladivostok = try RoadmapProcess.run(["history", "--data", dir], environment: ["TZ": "Asia/Vladivostok"])
        #expect(vladivostok.status == 0, "\(vladivostok.stderr)")
        let rows = vladivostok.stdout.components(separatedBy: "\n")
        #expect(rows.first?.hasPrefix("Когда             Кто") == true)
        // No school is named in any row: the «Школа» column is left out.
        #expect(rows[2] == "28.03.2022 16:15  Шидукова Л.П.  18.  31.03.2022  выполнено 28.03.2022")
        #expect(rows.first?.contains("Школа") == false)
        let moscow = try RoadmapProcess.run(["history", "--data", dir], environment: ["TZ": "Europe/Moscow"])
        // The writer's wall-clock time, the same on every machine.
        #expect(moscow.stdout.components(separatedBy: "\n")[2].hasPrefix("28.03.2022 16:15  "))
        let json = try RoadmapProcess.run(["history", "--data", dir, "--format", "json"], environment: ["TZ": "Asia/Vladivostok"])
        #expect(json.stdout.contains("\"at\": \"2022-03-28T16:15:00+10:00\""))
    }
}
