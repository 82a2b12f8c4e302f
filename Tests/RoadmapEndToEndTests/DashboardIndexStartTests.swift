import Foundation
import Testing

/// A region big enough that the dashboard opens on the overdue index: the
/// first screen comes from the index, the full data follows behind it, and
/// from then on a mark is saved as ever.
@Suite("Панель региона открывается по индексу и дочитывает данные (tmux)", .serialized)
struct DashboardIndexStartTests {
    @Test("первый экран по индексу, затем отметка сохраняется")
    func theRegionOpensFromTheIndexAndMarksAfterTheDetail() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("region")
        let made = try BenchProcess.run(["generate", dir, "--records", "15000", "--measures", "24", "--seed", "3"])
        try #require(made.status == 0, "\(made.stderr)")
        // `overdue` builds the index the dashboard starts from.
        let overdue = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2025-03-01", "--format", "json"])
        try #require(overdue.status == 0, "\(overdue.stderr)")
        let before = try folder.snapshot()

        let pane = try TmuxPane(width: 120, height: 40)
        pane.run("'\(TerminalFixture.binary.path)' --as-of 2025-03-01 --data '\(dir)'; echo \"код:$?\"")
        // The keys that change something are listed once the full data is in.
        let ready = pane.waitForScreen(seconds: 30) { $0.contains("Просрочено:") && $0.contains("d выполнено") }
        #expect(ready, "\(pane.screen())")
        #expect(try folder.snapshot() == before, "opening writes nothing into the data directory")
        // Into the schools pane, one school, back to the timeline: a mark there saves one file.
        pane.send("BTab")
        pane.send("Down")
        pane.send("Tab")
        pane.send("c", literal: true)
        // The save takes the lock (`.roadmap.lock`) and writes a temporary
        // file before the data file changes: only data files are counted,
        // or a look between the two would see the lock alone.
        var changed: [String] = []
        for _ in 0..<150 where changed.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            let now = try folder.snapshot()
            changed = now.keys.filter { now[$0] != before[$0] && !($0.split(separator: "/").last?.hasPrefix(".") ?? false) }
        }
        pane.send("q", literal: true)
        #expect(pane.waitForScreen { $0.contains("код:0") }, "\(pane.screen())")
        #expect(changed.count == 1, "\(changed)")
        #expect(changed.allSatisfy { $0.contains("/progress/") }, "\(changed)")
    }
}
