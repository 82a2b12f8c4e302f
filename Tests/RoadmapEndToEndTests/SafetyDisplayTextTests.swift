import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// Bidi controls and the one-byte CSI (U+009B) in a title, a school's name
/// and a note reach no terminal and no document raw, through every command
/// and every writer; the data files keep them, and `validate` names them.
@Suite("Safety: C1 and bidi controls in what is shown or written")
struct SafetyDisplayTextTests {
    /// A right-to-left override that would print the rest of the title
    /// backwards, an isolate and a mark, and a CSI asking for a cursor report.
    static let hostile = "\u{202E}ьтавреВ\u{202C} \u{2067}изол\u{2069}\u{200F} \u{9B}6n КСИ"
    static let escaped = "\\u202eьтавреВ\\u202c \\u2067изол\\u2069\\u200f \\u009b6n КСИ"

    static func directory(_ folder: TemporaryFolder) throws -> String {
        let dir = try folder.sample("terek-2022")
        try editByHand(dir + "/measures.json", "\"title\": \"Проведение анализа", with: "\"title\": \"\(escaped) Проведение анализа")
        try editByHand(dir + "/schools.json", "\"shortName\": \"Урожайное\"", with: "\"shortName\": \"Урожайное \(escaped)\"")
        let mark = try RoadmapProcess.run(["mark", "2", "--school", "urozhaynoe", "--data", dir, "--status", "in-progress",
                                           "--note", hostile, "--by", "Проверяющий \(hostile)"])
        try #require(mark.status == 0, "\(mark.stderr)")
        #expect(isShown(mark.stdout), "mark: \(mark.stdout)")
        return dir
    }

    /// No C0 control other than tab and line breaks, no DEL, no C1, no bidi control.
    static func isShown(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
                || [0x061C, 0x200E, 0x200F].contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    @Test func everyCommandShowsTheTextWithoutItsControls() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.directory(folder)
        let calls: [[String]] = [
            ["overdue", "--as-of", "2022-12-31"], ["overdue", "--as-of", "2022-12-31", "--format", "csv"],
            ["overdue", "--as-of", "2022-12-31", "--format", "json"],
            ["list", "--as-of", "2022-12-31"], ["list", "--as-of", "2022-12-31", "--format", "json"],
            ["history"], ["history", "--format", "json"], ["validate"],
            ["report", "--as-of", "2022-12-31", "--format", "md"],
            ["report", "--as-of", "2022-12-31", "--format", "csv"],
            ["report", "--as-of", "2022-12-31", "--format", "html"],
            ["mark", "2", "--school", "urozhaynoe", "--status", "done", "--date", "01.03.2022"],
        ]
        for (call, result) in try RoadmapProcess.succeeding(calls, data: dir) {
            #expect(Self.isShown(result.stdout + result.stderr), "\(call)")
            #expect(result.stdout.contains("ьтавреВ") || call == ["validate"], "\(call): данные не показаны")
        }
        // Tables and documents show the letters in the order typed and the CSI as «�».
        let list = try RoadmapProcess.run(["list", "--as-of", "2022-12-31", "--data", dir])
        #expect(list.stdout.contains("ьтавреВ изол �6n КСИ Проведение анализа"), "\(list.stdout)")
        let deadline = try RoadmapProcess.run(["deadline", "\u{202E}март\u{9B}", "--period", "2022"])
        #expect(Self.isShown(deadline.stdout) && deadline.stdout.contains("«март�»"), "\(deadline.stdout)")
    }

    @Test func scriptsGetTheValueWholeAsEscapes() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.directory(folder)
        let json = try RoadmapProcess.run(["history", "--data", dir, "--format", "json"])
        #expect(json.stdout.contains("\"\(Self.escaped)\""), "\(json.stdout)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["note"] as? String == Self.hostile })
        // The data files keep the text as typed.
        let data = try #require(DataDirectory(URL(fileURLWithPath: dir)).load().data)
        #expect(data.record(ProgressKey(measure: "2", school: "urozhaynoe"))?.history.first?.note == Self.hostile)
        #expect(data.school("urozhaynoe")?.shortName == "Урожайное \(Self.hostile)")
    }

    @Test func documentFilesHoldNoControls() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.directory(folder)
        for name in ["справка.docx", "справка.html", "справка.md", "справка.csv"] {
            let result = try RoadmapProcess.run(["report", "--data", dir, "--as-of", "2022-12-31", "-o", folder.path(name)])
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        let calendar = try RoadmapProcess.run(["calendar", "--data", dir, "-o", folder.path("карта.ics")])
        #expect(calendar.status == 0, "\(calendar.stderr)")
        for name in ["справка.html", "справка.md", "справка.csv", "карта.ics"] {
            let text = try String(contentsOfFile: folder.path(name), encoding: .utf8)
            #expect(Self.isShown(text), "\(name)")
            #expect(text.contains("ьтавреВ"), "\(name): данные не записаны")
        }
        // The DOCX is compressed: its text is checked in `ReportControlsTests`.
        #expect(FileManager.default.fileExists(atPath: folder.path("справка.docx")))
    }

    @Test func theDashboardGridShowsTheTitleInOrder() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.directory(folder)
        let screens = try dashboardScreens(dir, keys: [.enter, .escape, .tab, .enter, .down, .tab, .enter], width: 200)
        #expect(screens.allSatisfy { $0.cells.allSatisfy { Self.isShown($0.text) } })
        #expect(screens.contains { $0.lines.contains { $0.contains("ьтавреВ изол �6n КСИ") } }, "данные не нарисованы")
    }

    @Test func validateNamesEveryFieldHoldingControls() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.directory(folder)
        let result = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(result.status == 0, "\(result.stdout)")
        let warnings = result.stdout.components(separatedBy: "\n").filter { $0.contains("символы, которые") }
        #expect(warnings.contains { $0.hasPrefix("measures.json:") && $0.contains("мероприятие «1»: поле title") }, "\(result.stdout)")
        #expect(warnings.contains { $0.hasPrefix("schools.json:") && $0.contains("поле shortName") }, "\(result.stdout)")
        #expect(warnings.contains { $0.hasPrefix("progress/schools/urozhaynoe.json:") && $0.contains("поле note") }, "\(result.stdout)")
        #expect(warnings.contains { $0.contains("поле by") }, "\(result.stdout)")
        #expect(warnings.allSatisfy { $0.range(of: #"^[^:]+:\d+:\d+: предупреждение: "#, options: .regularExpression) != nil },
                "\(warnings)")
        #expect(warnings.first { $0.contains("поле title") }?.contains("U+202E, U+202C, U+2067, U+2069, U+200F, U+009B") == true,
                "\(warnings)")
    }
}
