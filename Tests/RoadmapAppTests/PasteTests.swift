import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// A bracketed paste (`Msg.paste`) is text for the open editor: its line
/// breaks are spaces, and its letters never run as hotkeys.
@Suite struct PasteTests {
    let municipal11 = ProgressKey(measure: "1.1")
    /// What the issue pasted: after the line break, «с» cancels a measure,
    /// «е» jumps to today, «к» opens a filter — as hotkeys.
    let paragraph = "Курсы прошли 12 учителей\nс 1 по 5 марта\r\nкак\tпланировали\n"

    @Test func aMultiLinePasteIntoTheNoteIsOneLineAndSavesNothing() {
        var state = Fixture.state()
        press(&state, .character(" "))
        #expect(App.update(&state, .paste(paragraph)).isEmpty)
        guard case .note(let draft) = state.input else {
            Issue.record("the note editor should still be open")
            return
        }
        #expect(draft.editor.text == "Курсы прошли 12 учителей с 1 по 5 марта как планировали ")
        #expect(state.data == Fixture.data)
        #expect(state.undo.isEmpty)
        let effects = press(&state, .enter)
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        #expect(state.data.record(municipal11)?.note == "Курсы прошли 12 учителей с 1 по 5 марта как планировали")
        #expect(state.data.record(municipal11)?.status == .done)
    }

    @Test func outsideAnEditorAPasteDoesNothing() {
        var state = Fixture.state()
        press(&state, .down)
        let before = state
        #expect(App.update(&state, .paste("сек\nd")).isEmpty)
        #expect(state.modal == .none)
        #expect(state.focus == before.focus)
        #expect(state.selectedMeasure?.id == before.selectedMeasure?.id)
        #expect(state.asOf == before.asOf)
        #expect(state.filters == before.filters)
        #expect(state.data == Fixture.data)
        #expect(state.undo.isEmpty)
    }

    @Test func aPasteNeitherClosesHelpNorAnswersAQuestion() {
        var state = Fixture.state()
        press(&state, .character("?"))
        _ = App.update(&state, .paste("\n"))
        #expect(state.helpOpen)
        press(&state, .escape)
        press(&state, .character("D"))
        let question = state.confirmation
        #expect(question == .deleteMeasure(id: "1.1", records: 0))
        #expect(App.update(&state, .paste("\n")).isEmpty)
        #expect(state.confirmation == question)
        #expect(state.data == Fixture.data)
    }

    @Test func aPasteIntoAFormFieldGoesToTheFocusedFieldAtTheCursor() throws {
        var state = Fixture.state()
        press(&state, .character("e"))
        while state.form?.focusedField.id != .title { press(&state, .tab) }
        press(&state, .end)
        _ = App.update(&state, .paste("\n(по графику\nРУО)"))
        let form = try #require(state.form)
        #expect(form.text(.title) == "Проведение анализа результатов ВПР в школах с низкими результатами (по графику РУО)")
        #expect(form.focusedField.id == .title)
        #expect(state.data == Fixture.data, "a paste never saves the form")
        // A one-line field takes it the same way.
        while state.form?.focusedField.id != .responsible { press(&state, .tab) }
        press(&state, .end, .control("u"))
        _ = App.update(&state, .paste("Отдел образования\nметодический кабинет"))
        #expect(state.form?.text(.responsible) == "Отдел образования методический кабинет")
    }

    @Test func aPastedSearchFiltersAsTyped() {
        var state = Fixture.state()
        press(&state, .character("/"))
        _ = App.update(&state, .paste("руководител\n"))
        #expect(state.filters.search == "руководител ")
        #expect(state.input != .none)
        press(&state, .enter)
        #expect(state.input == .none)
    }

    @Test func controlCharactersInAPasteAreDropped() {
        var editor = LineEditor("а")
        editor.paste("\u{7}б\u{1b}[31mв\u{0}")
        #expect(editor.text == "аб[31mв")
        editor.paste("\r\n\r\n")
        #expect(editor.text == "аб[31mв ")
    }
}
