import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// What the status line says when the files are read again or a save
/// merged others' records: decided by the app, from the messages the
/// backend sends, so these words are tested here.
@Suite struct ReloadMessageTests {
    /// The fixture's data with someone else's mark on 1.1.
    var othersMark: RoadmapData {
        var data = Fixture.data
        data.apply(HistoryEntry(at: "2021-03-01T09:00:00+10:00", by: "Петрова А.А.", status: .inProgress),
                   to: ProgressKey(measure: "1.1"))
        return data
    }

    @Test func filesChangedOutsideAreReadAgainUnlessSomethingIsBeingTyped() {
        var state = Fixture.state()
        let changed = ["progress/municipal.json", "measures.json"]
        #expect(App.update(&state, .filesChanged(changed)) == [.reload(.changedOutside(changed))])
        press(&state, .character(" "))
        #expect(App.update(&state, .filesChanged(changed)).isEmpty, "a note is being typed")
        press(&state, .escape)
        #expect(App.update(&state, .filesChanged(changed)) == [.reload(.changedOutside(changed))])
    }

    @Test func aReloadSaysWhichFilesAndThatTheDataWasReadAgain() {
        var state = Fixture.state()
        let paths = ["progress/municipal.json", "measures.json", "schools.json", "roadmap.json", "progress/schools/a.json"]
        #expect(App.update(&state, .reloaded(.changedOutside(paths), .data(othersMark))).isEmpty)
        #expect(state.message == StatusMessage(
            "изменено вне панели: progress/municipal.json, measures.json, schools.json и ещё 2 — данные перечитаны"))
        #expect(state.data == othersMark)
        #expect(App.render(state).contains("данные перечитаны"))
    }

    @Test func aSaveThatMergedOthersRecordsSaysHowMany() {
        var state = Fixture.state()
        press(&state, .character(" "))
        press(&state, .enter)
        var receipt = SaveReceipt(written: ["progress/municipal.json"])
        receipt.merged = othersMark
        receipt.takenFromOthers = 2
        #expect(App.update(&state, .saved(.success(receipt))).isEmpty)
        #expect(state.message == StatusMessage("1.1: выполнено 01.03.2021 — сохранено в progress/municipal.json; учтены изменения других: 2"))
        #expect(state.data == othersMark)
        #expect(state.undo.isEmpty, "undo would write over the others' records")
    }

    @Test func aSaveRefusedForAChangeOnDiskReadsTheFilesAgainAndSaysWhy() {
        var state = Fixture.state()
        press(&state, .character(" "))
        press(&state, .enter)
        let why = "progress/municipal.json: отметку 1.1 изменили, пока панель была открыта; ничего не записано"
        let effects = App.update(&state, .saved(.failure(StoreError(why, reason: .changedOnDisk))))
        #expect(effects == [.reload(.saveRefused(why))])
        #expect(state.data == Fixture.data, "the refused mark is taken back at once")
        _ = App.update(&state, .reloaded(.saveRefused(why), .data(othersMark)))
        #expect(state.message == StatusMessage("\(why) — данные перечитаны", isError: true))
        #expect(state.data == othersMark)
    }

    @Test func aSaveRefusedForAnotherReasonAsksForNoReload() {
        var state = Fixture.state()
        press(&state, .character(" "))
        press(&state, .enter)
        #expect(App.update(&state, .saved(.failure(StoreError("диск заполнен")))).isEmpty)
        #expect(state.message == StatusMessage("не сохранено, отметка не сделана: диск заполнен", isError: true))
    }

    @Test func filesThatCannotBeReadTurnSavingOffWithTheFirstPlace() {
        var state = Fixture.state()
        let errors = [Diagnostic(.error, file: "schools.json", line: 3, column: 7, message: "ожидается строка")]
        _ = App.update(&state, .reloaded(.changedOutside(["schools.json"]), .unreadable(errors)))
        #expect(state.message == StatusMessage(
            "изменено вне панели: schools.json — сохранение отключено до исправления: schools.json:3:7: ожидается строка",
            isError: true))
        #expect(state.savingBlocked == "schools.json:3:7: ожидается строка")
        #expect(state.data == Fixture.data, "the old data stays on screen")
    }
}
