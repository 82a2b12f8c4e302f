import Foundation
import Testing

/// The dashboard on a data directory kept in git, served by `git daemon`:
/// the header counts what is not yet sent, `w` syncs without a restart and
/// what the other machine marked appears.
@Suite("Панель и git: не отправлено, синхронизация клавишей (tmux)", .serialized)
struct DashboardSyncTests {
    @Test("w отправляет своё и показывает чужое без перезапуска")
    func theKeySendsAndReceives() throws {
        let session = try TerminalSampleSession(width: 120, height: 40)
        let server = try GitServer(network: true)
        let connected = try RoadmapProcess.run(["sync", "--data", session.data.path, "--remote", server.url])
        try #require(connected.status == 0, "\(connected.stderr)")
        let other = try TemporaryFolder()
        let b = other.path("b")
        try #require(try RoadmapProcess.run(["init", b, "--from", server.url]).status == 0)

        session.open("--as-of 2022-06-15")
        session.expectScreen("всё отправлено · синхр")
        // A mark made here from the command line: one change not yet sent.
        _ = try RoadmapProcess.succeeding([["mark", "5", "--school", "khamidie", "--status", "done", "--date", "10.06.2022",
                                        "--by", "Кочесокова Ф.А."]], data: session.data.path)
        session.expectScreen("не отправлено: 1 ")
        // Another machine marks another measure and sends it.
        _ = try RoadmapProcess.succeeding([["mark", "1", "--status", "done", "--date", "11.06.2022", "--by", "Петрова А.А."]], data: b)
        try #require(try RoadmapProcess.run(["sync", "--data", b]).status == 0)

        session.press("w")
        let screen = session.expectScreen("синхронизировано: отправлено 1, получено 1 — данные перечитаны")
        #expect(screen.contains("всё отправлено · синхр"), "\(screen)")
        #expect(screen.contains("✓ выполнено 2"), "both marks count:\n\(screen)")
        let pulled = try RoadmapProcess.run(["sync", "--data", b])
        #expect(pulled.status == 0)
        #expect(try DataFiles.of(session.data.path) == DataFiles.of(b), "the two machines hold the same files")
        session.quit()
    }

    @Test("--read-only: w только получает, ничего не отправляет")
    func readOnlyOnlyPulls() throws {
        let session = try TerminalSampleSession(width: 120, height: 40)
        let server = try GitServer(network: true)
        try #require(try RoadmapProcess.run(["sync", "--data", session.data.path, "--remote", server.url]).status == 0)
        _ = try RoadmapProcess.succeeding([["mark", "1", "--status", "in-progress", "--by", "Иванова"]], data: session.data.path)
        let head = server.head
        session.open("--read-only --as-of 2022-06-15")
        session.expectScreen("не отправлено: 1 ")
        session.press("w")
        session.expectScreen("получено с сервера: нового нет")
        #expect(server.head == head, "nothing was pushed")
        session.quit()
    }
}
