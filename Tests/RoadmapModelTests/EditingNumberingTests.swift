import Testing
@testable import RoadmapModel

@Suite("Numbers for new measures and renumbering")
struct EditingNumberingTests {
    @Test func proposesTheNextFreeNumberFromTheNeighbours() {
        let data = EditingFixture.data()
        #expect(data.proposedNumber(after: "2.1", section: "II") == "2.2.")
        // «1.2» is followed by nothing in section I: «1.3.».
        #expect(data.proposedNumber(after: "1.2", section: "I") == "1.3.")
        // «1.1» is followed by «1.2»: one level deeper.
        #expect(data.proposedNumber(after: "1.1", section: "I") == "1.1.1.")
    }

    @Test func anEmptySectionStartsAtItsArabicNumber() throws {
        var data = EditingFixture.data()
        try data.addSection(Section(number: "III", title: "Итоговый этап"))
        // Written as the roadmap writes its numbers: «1.1.», so «3.1.».
        #expect(data.proposedNumber(after: nil, section: "III") == "3.1.")
        // The measure the form was opened after is in section I; moved to III, III decides.
        #expect(data.proposedNumber(after: "1.2", section: "III") == "3.1.")
        #expect(data.proposedNumber(after: "1.2", section: "II") == "2.4.")
        var empty = RoadmapData(roadmap: Roadmap(title: "План", municipality: "Терский район", period: .calendar(year: 2022),
                                                 sections: [Section(number: "1", title: "Организационные мероприятия")]))
        #expect(empty.proposedNumber(after: nil, section: "1") == "1.1")
        // The Terek roadmap numbers straight through: «1» … «18».
        empty.measures = [Measure(id: "1", number: "1", section: "1", title: "Совещание", deadline: "Январь")]
        #expect(empty.proposedNumber(after: nil, section: "1") == "2")
    }

    @Test func renumberingASectionMovesTheRecordsToo() throws {
        var data = EditingFixture.data()
        let (renames, change) = try data.renumberSection("II")
        #expect(renames == ["2.3": "2.2"])
        #expect(data.measures.map(\.number) == ["1.1.", "1.2.", "2.1.", "2.2."])
        #expect(change.moved == 1)
        #expect(data.record(ProgressKey(measure: "2.2", school: "khamidie")) != nil)
        #expect(data.records(ofMeasure: "2.3").isEmpty)
    }

    @Test func renumberingTakesTheNumbersFromTheSectionNotItsFirstMeasure() throws {
        // Two measures typed into section II with section I's numbers, as
        // happened before the proposed number followed the chosen section.
        var data = EditingFixture.data()
        for (old, typed) in [("2.1", "1.3."), ("2.3", "1.4.")] {
            var measure = try #require(data.measure(old))
            measure.number = typed
            try data.updateMeasure(old, to: measure)
        }
        let (renames, change) = try data.renumberSection("II")
        #expect(renames == ["1.3": "2.1", "1.4": "2.2"])
        #expect(data.measures.map(\.number) == ["1.1.", "1.2.", "2.1.", "2.2."])
        #expect(change.moved == 2)
        #expect(data.record(ProgressKey(measure: "2.2", school: "khamidie")) != nil)
    }

    @Test func aMeasureMovedInFromAnotherSectionTakesTheSectionsScheme() throws {
        var data = EditingFixture.data()
        var moved = try #require(data.measure("1.2"))
        moved.section = "II"
        try data.updateMeasure("1.2", to: moved)
        // It stays where it was in the file, so it comes first in section II.
        let (renames, _) = try data.renumberSection("II")
        #expect(renames == ["1.2": "2.1", "2.1": "2.2"])
        #expect(data.measures.filter { $0.section == "II" }.map(\.number) == ["2.1.", "2.2.", "2.3."])
        #expect(data.records(ofMeasure: "2.1").count == 2)
        #expect(data.record(ProgressKey(measure: "2.2", occurrence: Day(year: 2020, month: 9, day: 30))) != nil)
    }

    @Test func aMeasureOfAnotherSectionIsAddedAtTheEndOfItsOwn() throws {
        var data = EditingFixture.data()
        let draft = Measure(id: "", number: "2.4.", section: "II", title: "Семинар для учителей", deadline: "Март 2021 года")
        try data.addMeasure(draft, after: "1.1")
        #expect(data.measures.map(\.id) == ["1.1", "1.2", "2.1", "2.3", "2.4"])
    }

    @Test func aRoadmapNumberedStraightThroughRenumbersOnFromTheSectionsFirst() throws {
        var data = RoadmapData(roadmap: Roadmap(title: "План", municipality: "Терский район", period: .calendar(year: 2022),
                                                sections: [Section(number: "1", title: "Организационные"),
                                                           Section(number: "2", title: "Методические")]))
        data.measures = [
            Measure(id: "1", number: "1.", section: "1", title: "Совещание", deadline: "Январь"),
            Measure(id: "2", number: "2.", section: "2", title: "Семинар", deadline: "Февраль"),
            Measure(id: "4", number: "4.", section: "2", title: "Курсы", deadline: "Март"),
        ]
        #expect(data.proposedNumber(after: nil, section: "2") == "5.")
        let (renames, _) = try data.renumberSection("2")
        #expect(renames == ["4": "3"])
        #expect(data.measures.map(\.number) == ["1.", "2.", "3."])
    }

    @Test func renumberingSwapsWithoutLosingRecords() throws {
        var data = EditingFixture.data()
        // Move «1.2» before «1.1» by hand, then renumber: the two swap numbers.
        data.measures.swapAt(0, 1)
        let (renames, _) = try data.renumberSection("I")
        #expect(renames == ["1.2": "1.1", "1.1": "1.2"])
        #expect(data.record(ProgressKey(measure: "1.1", school: "khamidie")) != nil)
        #expect(data.record(ProgressKey(measure: "1.2")) != nil)
        #expect(data.progressCount == 5)
    }

    @Test func romanNumerals() {
        #expect(RomanNumeral.arabic("IV") == 4)
        #expect(RomanNumeral.arabic("XII") == 12)
        #expect(RomanNumeral.arabic("3") == 3)
        #expect(RomanNumeral.arabic("Этап") == nil)
    }
}
