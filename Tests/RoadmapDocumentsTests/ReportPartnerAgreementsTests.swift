import Testing
import RoadmapModel
import RoadmapDocuments

/// The справка's schools table names each school's partners and its
/// agreements with them, as the data holds them (seed 002: agreements on
/// cooperation from 01.10.2020, no number given).
@Suite struct ReportPartnerAgreementsTests {
    @Test func solIletskSchoolsShowTheirAgreements() throws {
        let data = try SampleData.load("sol-iletsk-2020")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.12.2020"))
        let table = report.schoolsTable
        #expect(table.rows.count == 3)
        for (row, school) in zip(table.rows, data.schools) {
            let agreement = try #require(school.agreements.first)
            #expect(row.cells[4] == school.partners.joined(separator: ", ") + "; " + agreement.label)
        }
        #expect(table.rows.first?.cells[4]
            == "МОАУ «СОШ № 4 г.Соль-Илецка», МОБУ «Лицей Соль-Илецкого г.о.»; договор о сотрудничестве от 01.10.2020")
    }

    /// A partner named only in an agreement is named beside it; a school
    /// with neither has an empty cell.
    @Test func aPartnerOnlyInTheAgreementIsNamed() throws {
        var data = try SampleData.load("sol-iletsk-2020")
        data.schools[0].partners = []
        data.schools[0].agreements[0].number = "5/2020"
        data.schools[1].partners = []
        data.schools[1].agreements = []
        let table = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.12.2020")).schoolsTable
        #expect(table.rows[0].cells[4]
            == "договор о сотрудничестве № 5/2020 от 01.10.2020 (МОАУ «СОШ № 4 г.Соль-Илецка», МОБУ «Лицей Соль-Илецкого г.о.»)")
        #expect(table.rows[1].cells[4] == "")
    }
}
