import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

@Suite struct MarkingTests {
    let municipal11 = ProgressKey(measure: "1.1")

    @Test func opensOnTheLongestOverdueMeasureSoSpaceMarksIt() {
        var state = Fixture.state()
        #expect(state.focus == .timeline)
        #expect(state.selectedMeasure?.id == "1.1")
        #expect(press(&state, .character(" ")).isEmpty)
        guard case .note(let draft) = state.input else {
            Issue.record("Space should ask for the completion note")
            return
        }
        #expect(draft.keys == [municipal11])
        type(&state, "Справка подготовлена")
        let effects = press(&state, .enter)
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        let record = state.data.record(municipal11)
        #expect(record?.status == .done)
        #expect(record?.note == "Справка подготовлена")
        #expect(record?.by == "Иванова Л.П.")
        #expect(record?.current?.at == "2021-03-01T09:30:00+10:00")
        #expect(record?.doneOn == Fixture.today)
        #expect(state.input == .none)
        #expect(state.summary.overdueCount == 4)
        #expect(state.view.overdue.allSatisfy { $0.measure.id != "1.1" })
    }

    @Test func escapeInTheNoteEditorCancelsTheMark() {
        var state = Fixture.state()
        press(&state, .character("d"))
        type(&state, "черновик")
        let effects = press(&state, .escape)
        #expect(effects.isEmpty)
        #expect(state.data.record(municipal11) == nil)
        #expect(state.message?.text == "отметка отменена")
    }

    @Test func anEmptyNoteIsNoNote() {
        var state = Fixture.state()
        press(&state, .character(" "))
        type(&state, "   ")
        press(&state, .enter)
        #expect(state.data.record(municipal11)?.status == .done)
        #expect(state.data.record(municipal11)?.note == nil)
    }

    @Test func spaceOnADoneOccurrenceTakesTheMarkBack() {
        var state = Fixture.state()
        // 3.2 is done in the fixture.
        while state.selectedMeasure?.id != "3.2" { press(&state, .down) }
        let effects = press(&state, .character(" "))
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        let record = state.data.record(ProgressKey(measure: "3.2"))
        #expect(record?.status == .planned)
        #expect(record?.history.count == 3)
    }

    @Test func otherStatusesSaveAtOnce() {
        var state = Fixture.state()
        let effects = press(&state, .character("p"))
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        #expect(state.data.latestStatus(of: municipal11) == .inProgress)
        press(&state, .character("c"))
        #expect(state.data.latestStatus(of: municipal11) == .cancelled)
        press(&state, .character("n"))
        #expect(state.data.latestStatus(of: municipal11) == .notDone)
        #expect(state.data.record(municipal11)?.history.map(\.status) == [.inProgress, .cancelled, .notDone])
    }

    @Test func withAllSchoolsAPerSchoolMeasureIsMarkedForEverySchool() {
        var state = Fixture.state()
        press(&state, .down)
        #expect(state.selectedMeasure?.id == "1.2")
        let effects = press(&state, .character("p"))
        let files: Set<DataFile> = [.progress(school: "urozhaynoe"), .progress(school: "khamidie"),
                                    .progress(school: "sol-7")]
        #expect(effects == [.save(state.data, files)])
        for school in ["urozhaynoe", "khamidie", "sol-7"] {
            #expect(state.data.latestStatus(of: ProgressKey(measure: "1.2", school: school)) == .inProgress)
        }
        #expect(state.message?.text == "1.2. (3 школы): выполняется")
    }

    @Test func withASchoolSelectedOnlyItsRecordChanges() {
        var state = Fixture.state()
        press(&state, .backTab, .down, .tab)
        #expect(state.filters.school == "urozhaynoe")
        #expect(state.focus == .timeline)
        #expect(state.selectedMeasure?.id == "1.2")
        let effects = press(&state, .character("n"))
        #expect(effects == [.save(state.data, [.progress(school: "urozhaynoe")])])
        #expect(state.data.latestStatus(of: ProgressKey(measure: "1.2", school: "urozhaynoe")) == .notDone)
        #expect(state.data.latestStatus(of: ProgressKey(measure: "1.2", school: "khamidie")) == .planned)
    }

    @Test func theOverduePaneMarksItsOwnItem() {
        var state = Fixture.state()
        press(&state, .tab, .down)
        #expect(state.focus == .overdue)
        let item = state.selectedOverdue
        #expect(item?.measure.id == "1.2")
        press(&state, .character("d"))
        press(&state, .enter)
        #expect(state.data.latestStatus(of: item!.key) == .done)
        #expect(state.summary.overdueCount == 4)
    }

    @Test func leftAndRightChooseTheOccurrenceOfARecurringMeasure() {
        var state = Fixture.state()
        while state.selectedMeasure?.id != "2.1" { press(&state, .down) }
        // The as-of date 01.03.2021 falls in the March window.
        #expect(state.selectedWindow?.end == Fixture.day(2021, 3, 31))
        press(&state, .left)
        #expect(state.selectedWindow?.end == Fixture.day(2021, 2, 28))
        let effects = press(&state, .character("p"))
        let key = ProgressKey(measure: "2.1", occurrence: Fixture.day(2021, 2, 28))
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        #expect(state.data.latestStatus(of: key) == .inProgress)
        press(&state, .right, .right, .right, .right, .right, .right, .right)
        #expect(state.selectedWindow?.end == Fixture.day(2021, 8, 31))
    }

    /// The history is append-only: an undo is a change of its own, back to
    /// the state before, by whom and when — the mark it takes back stays in
    /// the history, and the record is saved again.
    @Test func undoPutsTheStateBackWithAHistoryEntryOfItsOwn() {
        var state = Fixture.state()
        press(&state, .down)
        press(&state, .character("c"))
        press(&state, .up)
        press(&state, .character(" "))
        press(&state, .enter)
        #expect(state.undo.count == 2)
        _ = App.update(&state, .clock("2021-03-01T09:45:00+10:00"))
        var effects = press(&state, .character("u"))
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        let history = state.data.record(municipal11)?.history ?? []
        #expect(history.map(\.status) == [.done, .planned])
        #expect(history.last == HistoryEntry(at: "2021-03-01T09:45:00+10:00", by: "Иванова Л.П.", status: .planned))
        #expect(state.data.status(of: municipal11, asOf: state.asOf) == .planned)
        #expect(state.message?.text.hasPrefix("отменено действие — 1.1: выполнено") == true, "\(String(describing: state.message))")
        effects = press(&state, .character("u"))
        #expect(effects.count == 1)
        // Урожайное had a «выполнено» with its note and day: it is back, as a new entry.
        let urozhaynoe = ProgressKey(measure: "1.2", school: "urozhaynoe")
        let was = Fixture.data.record(urozhaynoe)
        let now = state.data.record(urozhaynoe)
        #expect(now?.history.map(\.status) == [.done, .cancelled, .done])
        #expect(now?.note == was?.note && now?.doneOn == was?.doneOn && now?.note != nil)
        #expect(now?.history.first == was?.current, "the first entry is never rewritten")
        #expect(state.data.record(ProgressKey(measure: "1.2", school: "khamidie"))?.history.map(\.status) == [.cancelled, .planned])
        #expect(press(&state, .character("u")).isEmpty)
        #expect(state.message?.text == "нечего отменять")
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = Fixture.state(.coordinator(readOnly: true))
        for key: Key in [.character(" "), .character("d"), .character("p"), .character("в"), .character("u")] {
            #expect(press(&state, key).isEmpty)
            #expect(state.message?.text == "только просмотр: изменения не сохраняются")
            #expect(state.input == .none)
        }
        #expect(state.data == Fixture.data)
        let hints = App.render(state).line(state.size.height - 1)
        #expect(!hints.contains("Пробел"))
        #expect(hints.contains("q выход"))
    }

    @Test func saveResultsAreReported() {
        var state = Fixture.state()
        _ = App.update(&state, .saved(.success(SaveReceipt(written: ["progress/municipal.json"]))))
        #expect(state.message == StatusMessage("сохранено в progress/municipal.json"))
        state.message = StatusMessage("1.1.: выполнено")
        _ = App.update(&state, .saved(.success(SaveReceipt(written: ["progress/schools/a.json", "progress/schools/b.json"]))))
        #expect(state.message == StatusMessage("1.1.: выполнено — сохранено, 2 файла"))
        _ = App.update(&state, .saved(.failure(StoreError("диск заполнен"))))
        #expect(state.message == StatusMessage("не сохранено: диск заполнен", isError: true))
        #expect(App.render(state).contains("не сохранено: диск заполнен"))
    }
}
