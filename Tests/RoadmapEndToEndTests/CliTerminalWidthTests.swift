import Foundation
import Testing

/// `overdue`, `list` and `history` in a real terminal fit its width: the title
/// gets the room, long cells wrap inside their column at spaces, a «Школа»
/// column that says nothing is left out, and nothing is cut. Piped, every row
/// stays whole on one line.
@Suite("The command line fits the terminal (tmux)", .serialized)
struct CliTerminalWidthTests {
    /// Runs `roadmap ARGUMENTS` with its output on the pane's terminal and
    /// returns the screen once the command has finished.
    static func screen(_ arguments: String, width: Int) throws -> [String] {
        let pane = try TmuxPane(width: width, height: 200)
        defer { pane.kill() }
        pane.run("'\(TerminalFixture.binary.path)' \(arguments); echo конец-$?")
        #expect(pane.waitForScreen { $0.contains("конец-0") }, "\(pane.screen())")
        let lines = pane.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = lines.firstIndex { $0.contains("roadmap'") }.map { $0 + 1 } ?? 0
        let end = lines.firstIndex { $0.hasPrefix("конец-") } ?? lines.count
        return Array(lines[start..<end])
    }

    /// The sample's folder and the temporary folder around it.
    static func remove(_ dir: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: dir).deletingLastPathComponent())
    }

    static func sample(_ name: String) throws -> String {
        let dir = try TerminalFixture.temporaryFolder("width").appendingPathComponent(name).path
        let made = Spawn.run(TerminalFixture.binary.path, ["init", dir, "--sample", name])
        try #require(made.status == 0)
        return dir
    }

    /// The start of each title column cell: where «Мероприятие» begins in the header.
    static func titleWidth(_ lines: [String]) -> Int? {
        guard let rule = lines.first(where: { $0.hasPrefix("────") || $0.hasPrefix("──  ") }) else { return nil }
        return rule.split(separator: " ").map(\.count).max()
    }

    @Test("overdue at 80 and 120 columns: every title whole, no line wider than the terminal", arguments: [80, 120])
    func overdueFits(width: Int) throws {
        let dir = try Self.sample("terek-2022")
        defer { Self.remove(dir) }
        let lines = try Self.screen("overdue --data '\(dir)' --as-of 2022-06-15", width: width)
        let text = lines.joined(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= width }, "\(text)")
        #expect(!text.contains("…"), "\(text)")
        #expect(lines.contains { $0.contains("Школа") })
        // Every word of a long title is on screen, in its column.
        let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for word in ["Проведение", "анализа", "школьных", "«Дорожных", "карт»", "низкими", "образовательными", "результатами."] {
            #expect(joined.contains(word), "\(word)\n\(text)")
        }
        // The responsible column wraps between words, never inside one.
        #expect(lines.contains { $0.contains("Шидукова") } && lines.contains { $0.contains("ИМЦ УО") }, "\(text)")
        let title = try #require(Self.titleWidth(lines))
        #expect(title >= (width == 80 ? 26 : 50), "\(title)\n\(text)")
    }

    @Test("a roadmap without schools gets no «Школа» column; piped, every row is one whole line")
    func noSchoolsNoColumnAndPipedWhole() throws {
        let dir = try Self.sample("seryshevo-2023")
        defer { Self.remove(dir) }
        let lines = try Self.screen("overdue --data '\(dir)' --as-of 2023-12-31", width: 80)
        #expect(lines.contains { $0.contains("Мероприятие") })
        #expect(!lines.contains { $0.contains("Школа") }, "\(lines.joined(separator: "\n"))")
        #expect(lines.allSatisfy { $0.count <= 80 })

        let piped = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2023-12-31"])
        let rows = piped.stdout.split(separator: "\n").dropFirst(3)
        #expect(rows.contains { $0.count > 80 }, "\(piped.stdout)")
        #expect(!piped.stdout.contains("…"))
    }

    @Test("list at 80 columns: one set of column widths down every section, headings broken at spaces")
    func listKeepsOneWidthAcrossSections() throws {
        let dir = try Self.sample("terek-2022")
        defer { Self.remove(dir) }
        let lines = try Self.screen("list --data '\(dir)' --as-of 2022-06-15", width: 80)
        let rules = lines.filter { $0.hasPrefix("───") }
        #expect(rules.count == 5, "\(lines.joined(separator: "\n"))")
        #expect(Set(rules).count == 1, "\(rules)")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains("3. Дополнительное профессиональное образование и повышение квалификации"), "\(lines.joined(separator: "\n"))")
    }
}
