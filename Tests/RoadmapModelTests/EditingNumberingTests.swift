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
        #expect(data.proposedNumber(after: nil, section: "III") == "3.1")
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
