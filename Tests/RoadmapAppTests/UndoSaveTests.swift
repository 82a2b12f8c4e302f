import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// Undo through the real store: the entry it appends is a change like any
/// other — written, merged with others' records, refused over a record
/// someone else changed meanwhile — and nothing is ever removed from a file.
@Suite struct UndoSaveTests {
    /// The terek-2022 sample in a temporary folder, with the dashboard's
    /// loop in miniature: each `.save` effect is run and its result sent back.
    final class Session {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-undo-\(UUID().uuidString)")
        var directory: DataDirectory { DataDirectory(root) }
        var state: AppState
        var snapshot: Snapshot

        init() throws {
            try Samples.install("terek-2022", into: root)
            let report = DataDirectory(root).load()
            state = AppState(data: try #require(report.data), directory: root.path, mode: .coordinator(readOnly: false),
                             today: Day(year: 2022, month: 9, day: 1)!, asOf: Day(year: 2022, month: 6, day: 15)!,
                             width: 120, height: 40, user: "Шидукова Л.П.", now: "2022-09-01T09:00:00+03:00")
            snapshot = report.snapshot
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func keys(_ keys: Key...) {
            for key in keys {
                for effect in App.update(&state, .key(key)) {
                    guard case .save(let data, let files) = effect else { continue }
                    let result = Result { () throws(StoreError) -> SaveReceipt in
                        let outcome = try directory.save(data, files: files, since: &snapshot)
                        var receipt = SaveReceipt(written: outcome.written)
                        if !outcome.takenFromOthers.isEmpty {
                            receipt.merged = outcome.data
                            receipt.takenFromOthers = outcome.takenFromOthers.count
                        }
                        return receipt
                    }
                    _ = App.update(&state, .saved(result))
                }
            }
        }

        func onDisk(_ key: ProgressKey) throws -> ProgressRecord? {
            try #require(directory.load().data).record(key)
        }
    }

    static let first = ProgressKey(measure: "1")

    static func selectFirst(_ session: Session) {
        session.keys(.home)
        #expect(session.state.selectedMeasure?.id == "1")
    }

    @Test func theUndoEntryIsWrittenAfterTheMark() throws {
        let session = try Session()
        Self.selectFirst(session)
        session.keys(.character("d"), .enter)
        #expect(try session.onDisk(Self.first)?.history.map(\.status) == [.done])
        _ = App.update(&session.state, .clock("2022-09-01T09:05:00+03:00"))
        session.keys(.character("u"))
        let record = try #require(try session.onDisk(Self.first))
        #expect(record.history.map(\.status) == [.done, .planned])
        #expect(record.history.last?.at == "2022-09-01T09:05:00+03:00")
        #expect(record.history.last?.by == "Шидукова Л.П.")
        #expect(session.state.message?.text.hasSuffix("сохранено в progress/municipal.json") == true)
    }

    /// Another dashboard marked another measure meanwhile: the undo merges
    /// it in; had it changed this measure, the undo would not write over it.
    @Test func theUndoMergesOthersAndNeverWritesOverThem() throws {
        let session = try Session()
        Self.selectFirst(session)
        session.keys(.character("d"), .enter)
        var (other, otherSnapshot) = (try #require(session.directory.load().data), session.directory.load().snapshot)
        other.apply(HistoryEntry(at: "2022-09-01T09:03:00+03:00", by: "Иванова", status: .inProgress), to: ProgressKey(measure: "11"))
        _ = try session.directory.save(other, files: [.progress(school: nil)], since: &otherSnapshot)
        session.keys(.character("u"))
        #expect(try session.onDisk(Self.first)?.history.map(\.status) == [.done, .planned])
        #expect(try session.onDisk(ProgressKey(measure: "11"))?.status == .inProgress)

        for _ in 0..<30 where session.state.selectedMeasure?.id != "12" { session.keys(.down) }
        session.keys(.character("d"), .enter)
        let second = ProgressKey(measure: "12")
        #expect(try session.onDisk(second)?.status == .done)
        var (late, lateSnapshot) = (try #require(session.directory.load().data), session.directory.load().snapshot)
        late.apply(HistoryEntry(at: "2022-09-01T09:07:00+03:00", by: "Иванова", status: .notDone), to: second)
        _ = try session.directory.save(late, files: [.progress(school: nil)], since: &lateSnapshot)
        session.keys(.character("u"))
        #expect(session.state.message?.isError == true)
        #expect(try session.onDisk(second)?.history.map(\.status) == [.done, .notDone])
        #expect(session.state.data.record(second)?.history.map(\.status) == [.done], "the refused undo is taken back on screen")
    }
}
