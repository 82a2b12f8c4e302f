import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// A save the store refused (no permission, a full disk): the change that
/// asked for it is taken back, so the screen shows what is on disk and the
/// next save — of something else — cannot write it there unseen.
@Suite struct FailedSaveTests {
    let municipal11 = ProgressKey(measure: "1.1")
    let denied = StoreError("progress/municipal.json: нет прав доступа")

    /// Every row of the frame but the status line.
    func screen(_ state: AppState) -> [String] {
        let grid = App.render(state)
        let status = Layout(width: state.size.width, height: state.size.height).status.y
        return (0..<grid.height).filter { $0 != status }.map { grid.line($0) }
    }

    func refuse(_ state: inout AppState) {
        #expect(App.update(&state, .saved(.failure(denied))).isEmpty)
    }

    @Test func aRefusedMarkIsTakenBackAndTheNextSaveDoesNotCarryIt() throws {
        var state = Fixture.state()
        press(&state, .enter)
        #expect(state.detailOpen)
        let before = screen(state)
        let overdue = state.summary.overdueCount
        press(&state, .character("d"))
        type(&state, "Тест")
        #expect(press(&state, .enter).count == 1)
        #expect(App.render(state).contains("Тест"))
        refuse(&state)
        #expect(state.data == Fixture.data)
        #expect(state.undo.isEmpty)
        #expect(state.summary.overdueCount == overdue)
        #expect(screen(state) == before)
        #expect(!App.render(state).contains("Тест"))
        #expect(state.message == StatusMessage("не сохранено, отметка не сделана: progress/municipal.json: нет прав доступа",
                                               isError: true))
        #expect(App.render(state).contains("отметка не сделана"))
        // Allowed again: «в работе» on the same row writes that mark alone.
        let effects = press(&state, .character("p"))
        guard case .save(let saved, _) = try #require(effects.first) else {
            Issue.record("p should save")
            return
        }
        let history = try #require(saved.record(municipal11)?.history)
        #expect(history.map(\.status) == [.inProgress])
        #expect(history.allSatisfy { $0.note == nil })
    }

    @Test func aRefusedFormOpensAgainWithWhatWasTyped() throws {
        var state = Fixture.state()
        press(&state, .character("e"))
        while state.form?.focusedField.id != .title { press(&state, .tab) }
        press(&state, .end, .control("u"))
        type(&state, "Анализ результатов ВПР по школам")
        #expect(press(&state, .function(2)).count == 1)
        #expect(state.form == nil)
        refuse(&state)
        let form = try #require(state.form)
        #expect(form.purpose == .editMeasure("1.1"))
        #expect(form.text(.title) == "Анализ результатов ВПР по школам")
        #expect(form.focusedField.id == .title)
        #expect(state.data == Fixture.data)
        #expect(state.undo.isEmpty)
        let grid = App.render(state)
        #expect(grid.contains("Анализ результатов ВПР по школам"))
        #expect(grid.contains("не сохранено, изменение не сделано: progress/municipal.json: нет прав доступа"))
        // Esc asks first (the text is still typed), a second Esc leaves.
        press(&state, .escape, .escape)
        #expect(state.form == nil)
        #expect(state.data == Fixture.data)
        // The next edit, of another measure, saves the old title of 1.1.
        press(&state, .down, .character("e"))
        #expect(state.form?.purpose == .editMeasure("1.2"))
        let effects = press(&state, .function(2))
        guard case .save(let saved, _) = try #require(effects.first) else {
            Issue.record("F2 should save")
            return
        }
        #expect(saved.measure("1.1") == Fixture.data.measure("1.1"))
    }

    @Test func aRefusedFormCanBeSavedAgain() throws {
        var state = Fixture.state()
        press(&state, .character("e"))
        while state.form?.focusedField.id != .deadline { press(&state, .tab) }
        press(&state, .end, .control("u"))
        type(&state, "Ноябрь 2020 года")
        press(&state, .enter)
        refuse(&state)
        let effects = press(&state, .enter)
        #expect(state.form == nil)
        #expect(effects == [.save(state.data, [.measures])])
        #expect(state.data.measure("1.1")?.deadline == "Ноябрь 2020 года")
        #expect(App.update(&state, .saved(.success(SaveReceipt(written: ["measures.json"])))).isEmpty)
        #expect(state.message?.text == "мероприятие 1.1 изменено — сохранено в measures.json")
        #expect(state.undo.count == 1)
    }

    @Test func aRefusedDeletionKeepsTheMeasure() {
        var state = Fixture.state()
        press(&state, .character("D"))
        #expect(press(&state, .enter).count == 1)
        #expect(state.data.measure("1.1") == nil)
        refuse(&state)
        #expect(state.data == Fixture.data)
        #expect(state.selectedMeasure?.id == "1.1")
        #expect(state.form == nil)
        #expect(state.undo.isEmpty)
        #expect(state.message?.text.hasPrefix("не сохранено, изменение не сделано: ") == true)
    }

    @Test func aRefusedUndoOfAMarkLeavesTheMarkAndItsEntry() {
        var state = Fixture.state()
        press(&state, .character("d"))
        type(&state, "Справка")
        press(&state, .enter)
        _ = App.update(&state, .saved(.success(SaveReceipt(written: ["progress/municipal.json"]))))
        let marked = state.data
        let before = screen(state)
        #expect(press(&state, .character("u")).count == 1)
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.history.map(\.status) == [.done, .planned])
        refuse(&state)
        #expect(state.data == marked)
        #expect(state.undo.count == 1)
        #expect(screen(state) == before)
        #expect(state.message?.text == "не сохранено, действие не отменено: progress/municipal.json: нет прав доступа")
        // Tried again and written: the mark is taken back by an entry of its own.
        #expect(press(&state, .character("u")) == [.save(state.data, [.progress(school: nil)])])
        #expect(state.data.status(of: ProgressKey(measure: "1.1"), asOf: state.asOf) == .planned)
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.history.count == 2)
        #expect(state.undo.isEmpty)
    }

    @Test func aRefusedUndoOfAnEditLeavesTheEdit() {
        var state = Fixture.state()
        press(&state, .character("e"))
        while state.form?.focusedField.id != .deadline { press(&state, .tab) }
        press(&state, .end, .control("u"))
        type(&state, "Ноябрь 2020 года")
        press(&state, .enter)
        _ = App.update(&state, .saved(.success(SaveReceipt(written: ["measures.json"]))))
        let edited = state.data
        press(&state, .character("u"))
        #expect(state.data == Fixture.data)
        refuse(&state)
        #expect(state.data == edited)
        #expect(state.schedule.deadline(of: state.data.measure("1.1")!).windows.first?.end == Fixture.day(2020, 11, 30))
        #expect(state.undo.count == 1)
        #expect(state.form == nil)
        #expect(state.message?.text.hasPrefix("не сохранено, действие не отменено: ") == true)
    }

    @Test func aSucceededSaveForgetsWhatItWouldHaveTakenBack() {
        var state = Fixture.state()
        press(&state, .character("p"))
        _ = App.update(&state, .saved(.success(SaveReceipt(written: ["progress/municipal.json"]))))
        let marked = state.data
        // A failure with no change under way (say, a stray report) takes nothing back.
        refuse(&state)
        #expect(state.data == marked)
        #expect(state.undo.count == 1)
        #expect(state.message?.text == "не сохранено: progress/municipal.json: нет прав доступа")
    }
}
