import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// The dashboard over git: the header says what is not yet sent and when it
/// last synced; the key asks the backend for a sync (never twice at once),
/// shows «синхронизация…» meanwhile, and what others sent is read through
/// the reload path. Decided by the app from the messages, so tested here.
@Suite struct SyncKeyTests {
    static let status = SyncStatus(unsent: 3, lastSynced: "12.05 10:41")

    func headerLine(_ state: AppState) -> String {
        let grid = App.render(state)
        return grid.text(x: 0, y: 1, count: grid.width)
    }

    @Test func theHeaderSaysWhatIsNotSentAndWhenItLastSynced() {
        var state = Fixture.state(width: 160)
        #expect(headerLine(state).contains("данные: "), "a directory not in git shows its path")
        _ = App.update(&state, .syncStatus(Self.status))
        #expect(headerLine(state).contains("не отправлено: 3 изменения · синхронизировано 12.05 10:41"), "\(headerLine(state))")
        _ = App.update(&state, .syncStatus(SyncStatus(unsent: 1, lastSynced: nil)))
        #expect(headerLine(state).contains("не отправлено: 1 изменение · ещё не синхронизировано"), "\(headerLine(state))")
        _ = App.update(&state, .syncStatus(SyncStatus(unsent: 0, lastSynced: "12.05 10:41")))
        #expect(headerLine(state).contains("всё отправлено · синхронизировано 12.05 10:41"), "\(headerLine(state))")
    }

    @Test func theHeaderSaysItShorterWhereItHasLessRoom() {
        var state = Fixture.state(width: 120, height: 40)
        _ = App.update(&state, .syncStatus(Self.status))
        #expect(headerLine(state).contains("не отправлено: 3 · синхронизировано 12.05 10:41"), "\(headerLine(state))")
        _ = App.update(&state, .resize(width: 80, height: 24))
        #expect(headerLine(state).contains("не отправлено: 3 · синхр. 12.05 10:41"), "\(headerLine(state))")
        #expect(headerLine(state).contains("город Владивосток"), "the municipality keeps its place")
    }

    @Test func theKeyAsksForOneSyncAtATimeInEitherLayout() {
        var state = Fixture.state()
        _ = App.update(&state, .syncStatus(Self.status))
        #expect(press(&state, .character("w")) == [.sync])
        #expect(state.syncing)
        #expect(headerLine(state).contains("синхронизация…"))
        #expect(press(&state, .character("ц")).isEmpty, "one at a time")
        #expect(state.message == StatusMessage("синхронизация уже идёт"))
        #expect(App.update(&state, .synced(SyncResult(line: "синхронизировано: отправлено 3", status: SyncStatus(unsent: 0, lastSynced: "12.05 10:45")))).isEmpty)
        #expect(!state.syncing)
        #expect(state.message == StatusMessage("синхронизировано: отправлено 3"))
        #expect(headerLine(state).contains("всё отправлено · синхронизировано 12.05 10:45"), "\(headerLine(state))")
        #expect(press(&state, .character("ц")) == [.sync], "the Russian twin")
    }

    @Test func whatOthersSentIsReadAgainWithTheSyncsLine() {
        var state = Fixture.state()
        _ = App.update(&state, .syncStatus(Self.status))
        press(&state, .character("w"))
        // Files the running sync writes are not read half-way.
        #expect(App.update(&state, .filesChanged(["progress/municipal.json"])).isEmpty)
        let line = "синхронизировано: получено 1"
        #expect(App.update(&state, .synced(SyncResult(line: line, received: true))) == [.reload(.synced(line))])
        var others = Fixture.data
        others.apply(HistoryEntry(at: "2021-03-01T09:00:00+10:00", by: "Петрова А.А.", status: .inProgress),
                     to: ProgressKey(measure: "1.1"))
        _ = App.update(&state, .reloaded(.synced(line), .data(others)))
        #expect(state.data == others)
        #expect(state.message == StatusMessage("синхронизировано: получено 1 — данные перечитаны"))
    }

    @Test func aFailedSyncIsAnErrorAndTheIntervalNeverStartsASecond() {
        var state = Fixture.state(.control)
        _ = App.update(&state, .syncStatus(Self.status))
        #expect(App.update(&state, .syncDue) == [.sync], "«час контроля» syncs too (the backend only pulls)")
        #expect(App.update(&state, .syncDue).isEmpty)
        _ = App.update(&state, .synced(SyncResult(line: "синхронизация не выполнена: сервер недоступен", isError: true)))
        #expect(state.message == StatusMessage("синхронизация не выполнена: сервер недоступен", isError: true))
        #expect(state.syncStatus == Self.status, "the status stays as it was")
    }

    @Test func withoutGitTheKeySaysHowToConnect() {
        var state = Fixture.state()
        #expect(press(&state, .character("w")).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("roadmap sync --remote URL") == true)
        #expect(App.update(&state, .syncDue).isEmpty)
    }

    @Test func aSaveAsksForTheCountAgainOnlyInGit() {
        var state = Fixture.state()
        #expect(App.update(&state, .saved(.success(SaveReceipt(written: ["progress/municipal.json"])))).isEmpty)
        _ = App.update(&state, .syncStatus(Self.status))
        #expect(App.update(&state, .saved(.success(SaveReceipt(written: ["progress/municipal.json"])))) == [.checkSync])
    }
}
