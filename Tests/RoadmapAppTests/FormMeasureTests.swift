import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

@Suite struct FormMeasureTests {
    /// The fixture opens on 1.1; `j` moves to 1.2.
    func opened(_ keys: Key...) -> AppState {
        var state = Fixture.state()
        for key in keys { _ = App.update(&state, .key(key)) }
        return state
    }

    func focus(_ state: inout AppState, _ field: EditField) {
        while state.form?.focusedField.id != field { press(&state, .tab) }
    }

    func clear(_ state: inout AppState) {
        press(&state, .end, .control("u"))
    }

    @Test func eOpensTheSelectedMeasureWithItsFields() throws {
        var state = opened()
        press(&state, .character("e"))
        let form = try #require(state.form)
        #expect(form.purpose == .editMeasure("1.1"))
        #expect(form.text(.number) == "1.1.")
        #expect(form.text(.title) == "Проведение анализа результатов ВПР в школах с низкими результатами")
        #expect(form.text(.responsible) == "Отдел общего образования УРМУО")
        #expect(form.index(.section) == 0)
        #expect(form.field(.scopeSchools)?.hidden == true)
        #expect(form.focusedField.id == .number)
        // The Russian layout's «у» is `e` too.
        var russian = opened()
        press(&russian, .character("у"))
        #expect(russian.form?.purpose == .editMeasure("1.1"))
    }

    @Test func editingTheDeadlineSavesTheMeasuresFileAndUndoPutsItBack() throws {
        var state = opened(.character("e"))
        focus(&state, .deadline)
        clear(&state)
        type(&state, "Ноябрь 2020 года")
        let effects = press(&state, .enter)
        #expect(state.form == nil)
        #expect(state.data.measure("1.1")?.deadline == "Ноябрь 2020 года")
        #expect(effects == [.save(state.data, [.measures])])
        #expect(state.schedule.deadline(of: state.data.measure("1.1")!).windows.first?.end == Fixture.day(2020, 11, 30))
        #expect(state.message?.text == "мероприятие 1.1 изменено")
        let undo = press(&state, .character("u"))
        #expect(state.data == Fixture.data)
        #expect(undo == [.save(Fixture.data, [.measures])])
        #expect(state.message?.text == "отменено действие — мероприятие 1.1 изменено")
    }

    @Test func theDeadlineIsReadAsItIsTyped() throws {
        var state = opened(.character("e"))
        focus(&state, .deadline)
        clear(&state)
        type(&state, "до 30.10.2020")
        let read = App.render(state).contains("Срок прочитан: 01.09.2020 – 30.10.2020")
        #expect(read)
        clear(&state)
        type(&state, "когда-нибудь")
        let warned = App.render(state).contains("⚠ срок не распознан")
        #expect(warned)
    }

    @Test func aDuplicateNumberIsRefusedBesideTheField() throws {
        var state = opened(.character("e"))
        clear(&state)
        type(&state, "2.1.")
        focus(&state, .title)
        let effects = press(&state, .function(2))
        #expect(effects.isEmpty)
        let form = try #require(state.form)
        #expect(form.problems == [FieldProblem(.number, "номер «2.1» уже занят: «Час контроля с директорами школ»")])
        #expect(form.focusedField.id == .number)
        let beside = App.render(state).contains("✗ номер «2.1» уже занят")
        #expect(beside)
        #expect(state.data == Fixture.data)
    }

    @Test func aAddsAfterTheSelectedMeasureWithAProposedNumber() throws {
        var state = opened(.down)
        #expect(state.selectedMeasure?.id == "1.2")
        press(&state, .character("a"))
        let form = try #require(state.form)
        #expect(form.purpose == .newMeasure(after: "1.2"))
        #expect(form.text(.number) == "1.3.")
        #expect(form.index(.scope) == 1, "after a per-school measure the new one is per school too")
        focus(&state, .title)
        type(&state, "Собеседование с директорами ШНОР")
        focus(&state, .deadline)
        type(&state, "Апрель 2021 года")
        focus(&state, .responsible)
        type(&state, "Отдел общего образования УРМУО; ИМЦ")
        let effects = press(&state, .enter)
        let added = try #require(state.data.measure("1.3"))
        #expect(added.responsible == ["Отдел общего образования УРМУО", "ИМЦ"])
        #expect(added.scope == .everySchool)
        #expect(state.data.measures.map(\.id).prefix(3) == ["1.1", "1.2", "1.3"])
        #expect(effects == [.save(state.data, [.measures])])
        #expect(state.selectedMeasure?.id == "1.3")
    }

    @Test func chosenSchoolsAppearOnlyForThatScope() throws {
        var state = opened(.character("e"))
        focus(&state, .scope)
        press(&state, .right, .right)
        #expect(state.form?.field(.scopeSchools)?.hidden == false)
        press(&state, .tab)
        #expect(state.form?.focusedField.id == .scopeSchools)
        press(&state, .right, .character(" "))
        #expect(state.form?.field(.scopeSchools)?.chosenItems == ["Хамидие"])
        press(&state, .enter)
        #expect(state.data.measure("1.1")?.scope == .schools(["khamidie"]))
    }

    @Test func escAsksBeforeThrowingChangesAway() throws {
        var state = opened(.character("e"))
        press(&state, .escape)
        #expect(state.form == nil, "nothing changed: Esc just closes")
        press(&state, .character("e"))
        type(&state, "5")
        press(&state, .escape)
        #expect(state.form?.confirmingCancel == true)
        let asked = App.render(state).contains("Изменения не сохранены")
        #expect(asked)
        press(&state, .character("x"))
        #expect(state.form?.confirmingCancel == false, "another key goes back to the form")
        press(&state, .escape, .escape)
        #expect(state.form == nil)
        #expect(state.data == Fixture.data)
    }

    @Test func dAsksNamingTheMeasureAndItsRecordsThenDeletes() throws {
        var state = opened(.down, .down)
        #expect(state.selectedMeasure?.id == "2.1")
        press(&state, .character("D"))
        #expect(state.confirmation == .deleteMeasure(id: "2.1", records: 4))
        let question = App.render(state).contains("Удалить мероприятие 2.1. «Час контроля с директорами школ» и 4 отметки")
        #expect(question)
        let effects = press(&state, .enter)
        #expect(state.data.measure("2.1") == nil)
        #expect(state.data.records(ofMeasure: "2.1").isEmpty)
        #expect(effects == [.save(state.data, [.measures, .progress(school: nil)])])
        #expect(state.message?.text == "удалено мероприятие 2.1 вместе с 4 отметками")
        press(&state, .character("u"))
        #expect(state.data == Fixture.data)
    }

    @Test func escKeepsTheMeasure() {
        var state = opened()
        press(&state, .character("D"), .escape)
        #expect(state.confirmation == nil)
        #expect(state.data == Fixture.data)
    }

    @Test func readOnlyAndControlRefuse() {
        var readOnly = Fixture.state(.coordinator(readOnly: true))
        for key in [Key.character("e"), .character("a"), .character("D"), .character("A"), .character("R")] {
            #expect(App.update(&readOnly, .key(key)).isEmpty)
            #expect(readOnly.form == nil && readOnly.confirmation == nil)
            #expect(readOnly.message == StatusMessage.readOnly)
        }
        var control = Fixture.state(.control)
        press(&control, .character("e"))
        #expect(control.form == nil)
        #expect(control.message?.text == "час контроля: только просмотр, изменения не сохраняются")
    }
}
