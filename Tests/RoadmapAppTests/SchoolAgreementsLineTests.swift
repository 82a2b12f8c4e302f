import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// With «Школы» focused, the status line spells out the school's partners
/// and its agreements with them (Sol-Iletsk: from 01.10.2020).
@Suite struct SchoolAgreementsLineTests {
    @Test func theSelectedSchoolNamesItsPartnersAndAgreement() throws {
        let directory = try #require(Samples.directory(named: "sol-iletsk-2020"))
        let data = try #require(DataDirectory(directory).load().data)
        let asOf = try #require(Day(year: 2020, month: 12, day: 1))
        var state = AppState(data: data, directory: directory.path, mode: .coordinator(readOnly: true), today: asOf,
                             asOf: asOf, width: 200, height: 40, schedule: Schedule(data), user: "Проверка",
                             now: "2020-12-01T09:00:00+04:00")
        press(&state, .backTab, .down)
        #expect(state.focus == .schools)
        let line = try #require(SchoolLine.text(state))
        #expect(line == "МОБУ «Изобильная СОШ» · ШНОР · партнёры: МОАУ «СОШ № 4 г.Соль-Илецка», МОБУ «Лицей Соль-Илецкого г.о.»"
            + " · договор о сотрудничестве от 01.10.2020")
        #expect(App.render(state).contains("договор о сотрудничестве от 01.10.2020"))
    }

    /// A partner that is a school of the data is named as the pane names it.
    @Test func aPartnerInTheDataIsNamedShort() throws {
        var data = Fixture.data
        data.schools[0].partners = [data.schools[1].id]
        var state = Fixture.state(width: 200, data: data)
        press(&state, .backTab, .down)
        let line = try #require(SchoolLine.text(state))
        #expect(line.contains("партнёры: \(data.schools[1].shortName)"))
    }
}
