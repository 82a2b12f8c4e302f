import Testing
@testable import RoadmapModel

@Suite("Editing sections")
struct EditingSectionsTests {
    @Test func addsAfterASectionAndRefusesADuplicateOrEmptyTitle() throws {
        var data = EditingFixture.data()
        try data.addSection(Section(number: "Ia", title: "Вводный этап"), after: "I")
        #expect(data.roadmap.sections.map(\.number) == ["I", "Ia", "II"])
        #expect(throws: EditError([FieldProblem(.sectionNumber, "раздел «II» уже есть"),
                                   FieldProblem(.sectionTitle, "название раздела не может быть пустым")])) {
            try data.addSection(Section(number: "II.", title: " "))
        }
    }

    @Test func renamingTheNumberCarriesTheMeasures() throws {
        var data = EditingFixture.data()
        try data.updateSection("II", to: Section(number: "2", title: "Методическое сопровождение ШНОР"))
        #expect(data.roadmap.sections[1] == Section(number: "2", title: "Методическое сопровождение ШНОР"))
        #expect(data.measures.filter { $0.section == "2" }.map(\.id) == ["2.1", "2.3"])
    }

    @Test func movingASectionReordersItsMeasuresToo() {
        var data = EditingFixture.data()
        let moved = data.moveSection("II", by: -1)
        #expect(moved)
        #expect(data.roadmap.sections.map(\.number) == ["II", "I"])
        #expect(data.measures.map(\.id) == ["2.1", "2.3", "1.1", "1.2"])
        let again = data.moveSection("II", by: -1)
        #expect(!again, "the first section cannot go higher")
    }
}
