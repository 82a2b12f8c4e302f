import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// A data file broken by hand while the dashboard runs: the files read
/// again say where (`Msg.reloaded` with `.unreadable`), and every change is
/// refused at its key — not after a note or a form was typed for nothing.
@Suite struct SavingBlockedTests {
    let place = "measures.json:9:29: ожидается «,» или «}» (и ещё 1)"
    let broken: Msg = .reloaded(.changedOutside(["measures.json"]), .unreadable([
        Diagnostic(.error, file: "measures.json", line: 9, column: 29, message: "ожидается «,» или «}»"),
        Diagnostic(.error, file: "measures.json", line: 12, column: 3, message: "ожидается значение"),
    ]))
    var refusal: String {
        "сохранение отключено: \(place); исправьте файл — панель перечитает его сама"
    }

    @Test func everyChangeIsRefusedAtItsKeyWithThePlace() {
        var state = Fixture.state()
        #expect(App.update(&state, broken).isEmpty)
        #expect(state.message == StatusMessage("изменено вне панели: measures.json — сохранение отключено до исправления: \(place)",
                                               isError: true))
        let keys: [Key] = [.character(" "), .character("d"), .character("p"), .character("в"), .character("u"),
                           .character("e"), .character("a"), .character("D"), .character("A"), .character("E")]
        for key in keys {
            #expect(press(&state, key).isEmpty)
            #expect(state.message == StatusMessage(refusal, isError: true))
            #expect(state.input == .none)
            #expect(state.form == nil)
            #expect(state.confirmation == nil)
        }
        // The schools pane's keys too.
        press(&state, .tab)
        #expect(state.focus != .timeline)
        press(&state, .character("a"))
        #expect(state.form == nil)
        #expect(state.data == Fixture.data)
        let grid = App.render(state)
        #expect(grid.contains("сохранение отключено: measures.json:9:29"))
        #expect(!grid.line(state.size.height - 1).contains("Пробел"))
    }

    @Test func theReasonStaysOnTheStatusLineWhileSavingIsOff() {
        var state = Fixture.state()
        _ = App.update(&state, broken)
        press(&state, .down)
        #expect(state.message == nil)
        #expect(App.render(state).contains("сохранение отключено: measures.json:9:29"))
    }

    /// A form open when saving goes off (its save was refused and the files
    /// read again were broken) keeps what was typed and says why.
    @Test func aFormOpenWhenSavingGoesOffStaysOpen() {
        var state = Fixture.state()
        press(&state, .character("e"))
        type(&state, "0")
        _ = App.update(&state, broken)
        #expect(press(&state, .function(2)).isEmpty)
        #expect(state.form?.text(.number) == "1.1.0")
        #expect(state.message == StatusMessage(refusal, isError: true))
        #expect(App.render(state).contains("сохранение отключено: measures.json:9:29"))
        #expect(state.data == Fixture.data)
    }

    @Test func aGoodReadTurnsSavingBackOn() {
        var state = Fixture.state()
        _ = App.update(&state, broken)
        _ = App.update(&state, .reloaded(.changedOutside(["measures.json"]), .data(Fixture.data)))
        #expect(state.message == StatusMessage("изменено вне панели: measures.json — данные перечитаны, сохранение снова включено"))
        #expect(!App.render(state).contains("сохранение отключено"))
        press(&state, .character(" "))
        guard case .note = state.input else {
            Issue.record("Space should ask for the note again")
            return
        }
        type(&state, "Справка")
        #expect(press(&state, .enter).count == 1)
        #expect(state.data.record(ProgressKey(measure: "1.1"))?.note == "Справка")
    }
}
