import Foundation
import Testing

/// The region's screen in a real terminal: «Муниципалитеты» first, Enter
/// opens a municipality's own dashboard read-only, q comes back.
@Suite("Панель региона (tmux)", .serialized)
struct RegionDashboardTests {
    @Test("Муниципалитеты, Enter — панель муниципалитета только для просмотра, q — обратно")
    func enterOpensAMunicipalityAndQComesBack() throws {
        let setup = try RegionTests.Setup(network: false)
        let synced = try setup.region(["sync"])
        try #require(synced.status == 0, "\(synced.stderr)")
        let before = try DataFiles.of(setup.copy(1))
        let pane = try TmuxPane(width: 120, height: 40)
        pane.run("XDG_CACHE_HOME='\(RoadmapProcess.testCache)' '\(TerminalFixture.binary.path)' region --region '\(setup.region)' --as-of 2021-03-01; echo \"код:$?\"")
        #expect(pane.waitForScreen { $0.contains("Муниципалитеты") && $0.contains("Просрочено в муниципалитетах") },
                "\(pane.screen())")
        let screen = pane.screen()
        #expect(screen.contains("муниципалитетов: 2 · "), "\(screen)")
        let terek = screen.split(separator: "\n").first { $0.contains("Терский район") } ?? ""
        #expect(terek.contains(" 18 "), "Терский район: 18 measures\n\(screen)")
        pane.send("Down")
        pane.send("Enter")
        #expect(pane.waitForScreen { $0.contains("город Владивосток ·") && $0.contains("Дорожная карта") }, "\(pane.screen())")
        // Read-only: a mark is refused and nothing is written.
        pane.send("d", literal: true)
        #expect(pane.waitForScreen { $0.contains("только просмотр") }, "\(pane.screen())")
        pane.send("q", literal: true)
        #expect(pane.waitForScreen { $0.contains("Муниципалитеты") && !$0.contains("Дорожная карта") }, "\(pane.screen())")
        pane.send("q", literal: true)
        #expect(pane.waitForScreen { $0.contains("код:0") }, "\(pane.screen())")
        #expect(try DataFiles.of(setup.copy(1)) == before)
    }
}
