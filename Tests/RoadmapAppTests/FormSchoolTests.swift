import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

@Suite struct FormSchoolTests {
    func inSchools(_ row: Int = 0, data: RoadmapData = Fixture.data) -> AppState {
        var state = Fixture.state(data: data)
        press(&state, .backTab)
        #expect(state.focus == .schools)
        for _ in 0..<row { press(&state, .down) }
        return state
    }

    func focus(_ state: inout AppState, _ field: EditField) {
        while state.form?.focusedField.id != field { press(&state, .tab) }
    }

    @Test func aAddsASchoolWithAnIdFromItsShortNameJoiningOnTheAsOfDate() throws {
        var state = inSchools()
        press(&state, .character("a"))
        let form = try #require(state.form)
        #expect(form.purpose == .newSchool)
        #expect(form.text(.joined) == "01.03.2021", "the as-of date falls inside the period: the school joins mid-year")
        type(&state, "МКОУ СОШ с.п. Нижний Курп")
        press(&state, .tab)
        type(&state, "Нижний Курп")
        focus(&state, .programmes)
        press(&state, .right, .right, .character(" "))
        focus(&state, .curator)
        type(&state, "Кокова Ф.Х.")
        focus(&state, .growthPoint)
        press(&state, .character(" "))
        press(&state, .tab)
        #expect(state.form?.focusedField.id == .growthPointDate)
        type(&state, "01.09.2021")
        focus(&state, .riskFactors)
        press(&state, .right, .character(" "))
        let effects = press(&state, .enter)
        let school = try #require(state.data.school("nizhniy-kurp"))
        #expect(school.name == "МКОУ СОШ с.п. Нижний Курп")
        #expect(school.programmes == ["ШНОР", "500+"])
        #expect(school.curator == "Кокова Ф.Х.")
        #expect(school.growthPoint == GrowthPoint(opened: Fixture.day(2021, 9, 1)))
        #expect(school.riskFactors == ["Дефицит педагогических кадров"])
        #expect(school.joined == Fixture.asOf)
        #expect(effects == [.save(state.data, [.schools])])
        #expect(state.schoolsList.selected == 0, "the panes still show every school")
        #expect(state.view.rows.count == Fixture.state().view.rows.count)
        #expect(state.message?.text == "добавлена школа «Нижний Курп» (код nizhniy-kurp)")
    }

    @Test func anUnreadableDateAndAnEmptyNameStayBesideTheirFields() throws {
        var state = inSchools()
        press(&state, .character("a"))
        focus(&state, .joined)
        press(&state, .end, .control("u"))
        type(&state, "весной")
        press(&state, .enter)
        let form = try #require(state.form)
        #expect(form.problems == [FieldProblem(.joined, "дата «весной» не прочитана: нужен вид ДД.ММ.ГГГГ")])
        #expect(state.data == Fixture.data)
        focus(&state, .joined)
        press(&state, .end, .control("u"))
        press(&state, .enter)
        #expect(state.form?.problems.map(\.field) == [.name, .shortName])
    }

    @Test func eEditsTheSelectedSchoolAndPartnersAreKeptById() throws {
        var state = inSchools(2)
        press(&state, .character("e"))
        #expect(state.form?.purpose == .editSchool("khamidie"))
        focus(&state, .partners)
        type(&state, "Урожайное; СОШ № 3 г. Соль-Илецка")
        press(&state, .enter)
        #expect(state.data.school("khamidie")?.partners == ["urozhaynoe", "СОШ № 3 г. Соль-Илецка"])
        press(&state, .character("e"))
        #expect(state.form?.text(.partners) == "Урожайное; СОШ № 3 г. Соль-Илецка")
    }

    @Test func dOffersLeavingWhichKeepsTheHistory() throws {
        var state = inSchools(2)
        press(&state, .character("D"))
        #expect(state.confirmation == .removeSchool(id: "khamidie", records: 2))
        let asked = App.render(state).contains("«Хамидие»: в — выбывает с 01.03.2021")
        #expect(asked)
        let effects = press(&state, .character("в"))
        #expect(state.data.school("khamidie")?.left == Fixture.asOf)
        #expect(state.data.records(ofSchool: "khamidie").count == 2)
        #expect(effects == [.save(state.data, [.schools])])
        // A former school leaves the pane; `o` (`щ`) shows it again, muted.
        #expect(state.view.schools.map(\.id) == ["urozhaynoe", "sol-7"])
        #expect(state.filters.school == nil && state.schoolsList.selected == 0)
        var grid = App.render(state)
        let pane = Layout(width: 120, height: 40).schools
        let listed = (pane.y..<pane.maxY).map { grid.text(x: 0, y: $0, count: pane.width) }.joined()
        #expect(!listed.contains("Хамидие"))
        press(&state, .character("щ"))
        #expect(state.showFormerSchools)
        #expect(state.view.schools.map(\.id) == ["urozhaynoe", "khamidie", "sol-7"])
        grid = App.render(state)
        let row = grid.find("Хамидие")
        #expect(row.map { grid[$0.x, $0.y].role } == .muted)
        press(&state, .character("o"))
        #expect(state.message?.text == "выбывшие школы скрыты (1)")
        // Before the day it left, it is still in the programme and listed.
        press(&state, .character("["))
        #expect(state.view.schools.count == 3)
        press(&state, .character("u"))
        #expect(state.data == Fixture.data)
    }

    @Test func aSchoolWithAFileIsNotDeletedOutright() {
        var state = inSchools(2)
        press(&state, .character("D"), .character("у"))
        #expect(state.data == Fixture.data)
        #expect(state.message?.text == "удалить нельзя: у школы есть 2 отметки; отметьте выбытие (D, затем в)")
    }

    @Test func aSchoolAddedInThisSessionCanBeDeleted() throws {
        var state = inSchools()
        press(&state, .character("a"))
        type(&state, "МБОУ СОШ № 2 г. Терек")
        press(&state, .tab)
        type(&state, "СОШ № 2 Терек")
        press(&state, .enter)
        #expect(state.data.school("sosh-2-terek") != nil)
        press(&state, .end)
        // While a measure is carried out by it alone, it stays.
        state.data.measures[0].scope = .schools(["sosh-2-terek"])
        press(&state, .character("D"), .character("e"))
        #expect(state.message?.text == "удалить нельзя: школа — единственный исполнитель мероприятия 1.1.; сначала измените его (e)")
        state.data.measures[0].scope = .municipal
        press(&state, .character("D"), .character("e"))
        #expect(state.data.school("sosh-2-terek") == nil)
        #expect(state.message?.text == "школа «СОШ № 2 Терек» удалена")
    }
}
