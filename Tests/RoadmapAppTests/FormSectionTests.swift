import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

@Suite struct FormSectionTests {
    static let empty = RoadmapData(roadmap: Roadmap(title: "Дорожная карта", municipality: "Терский муниципальный район",
                                                    period: .calendar(year: 2022)))

    func emptyState() -> AppState {
        AppState(data: FormSectionTests.empty, directory: "/srv/roadmap/terek", mode: .coordinator(readOnly: false),
                 today: Fixture.day(2022, 3, 1), user: "Шидукова Л.П.", now: "2022-03-01T10:00:00+03:00")
    }

    @Test func anEmptyRoadmapAsksForASectionFirstThenTakesAMeasure() throws {
        var state = emptyState()
        press(&state, .character("a"))
        #expect(state.form == nil)
        #expect(state.message?.text == "в дорожной карте нет разделов: сначала добавьте раздел (A)")
        press(&state, .character("A"))
        #expect(state.form?.text(.sectionNumber) == "1")
        press(&state, .tab)
        type(&state, "Организационно-управленческое")
        // Enter in the wrapped title is a space, as a line break of a pasted cell.
        press(&state, .enter)
        type(&state, "направление")
        #expect(press(&state, .function(2)) == [.save(state.data, [.roadmap])])
        #expect(state.data.roadmap.sections == [Section(number: "1", title: "Организационно-управленческое направление")])
        press(&state, .character("a"))
        #expect(state.form?.text(.number) == "1.1")
        press(&state, .end, .control("u"))
        type(&state, "1")
        press(&state, .tab, .tab)
        type(&state, "Совещание с руководителями ОО по итогам ВПР")
        press(&state, .tab)
        type(&state, "Январь")
        press(&state, .enter)
        #expect(state.data.measures.map(\.id) == ["1"])
        #expect(state.selectedMeasure?.id == "1")
        #expect(state.schedule.deadline(of: state.data.measures[0]).windows.first?.end == Fixture.day(2022, 1, 31))
        // The next one counts on, as the Terek roadmap numbers straight through.
        press(&state, .character("a"))
        #expect(state.form?.text(.number) == "2")
    }

    @Test func sRenamesTheSectionOfTheSelectedMeasure() throws {
        var state = Fixture.state()
        press(&state, .character("S"))
        #expect(state.form?.purpose == .editSection("I"))
        press(&state, .tab, .end)
        type(&state, " (ВПР)")
        let effects = press(&state, .function(2))
        #expect(state.data.roadmap.sections[0].title == "Диагностический этап (ВПР)")
        #expect(effects == [.save(state.data, [.roadmap, .measures])])
    }

    @Test func rRenumbersAndKJMoveTheSection() throws {
        var state = Fixture.state()
        press(&state, .character("R"))
        #expect(state.message?.text == "раздел I уже пронумерован по порядку")
        press(&state, .down, .down)
        #expect(state.selectedMeasure?.section == "II")
        var effects = press(&state, .character("K"))
        #expect(state.data.roadmap.sections.map(\.number) == ["II", "I", "III"])
        #expect(state.data.measures.first?.id == "2.1")
        #expect(state.selectedMeasure?.id == "2.1")
        #expect(effects == [.save(state.data, [.roadmap, .measures])])
        effects = press(&state, .character("J"))
        #expect(state.data.roadmap.sections.map(\.number) == ["I", "II", "III"])
        // Delete 2.1 and renumber: 2.2 → 2.1 takes its marks along.
        press(&state, .character("D"), .enter)
        #expect(state.selectedMeasure?.id == "2.2")
        effects = press(&state, .character("R"))
        #expect(state.data.measures.filter { $0.section == "II" }.map(\.number) == ["2.1.", "2.2."])
        #expect(state.data.record(ProgressKey(measure: "2.1", school: "khamidie"))?.status == .inProgress)
        #expect(effects == [.save(state.data, [.measures, .progress(school: "khamidie")])])
        #expect(state.message?.text == "раздел II перенумерован: изменено номеров — 2")
    }
}
