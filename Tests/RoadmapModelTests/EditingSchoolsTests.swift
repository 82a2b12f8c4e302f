import Testing
@testable import RoadmapModel

@Suite("Editing schools")
struct EditingSchoolsTests {
    @Test func idsAreTransliteratedFromTheShortName() {
        #expect(SchoolID.transliterate("Нижний Курп") == "nizhniy-kurp")
        #expect(SchoolID.transliterate("Ново-Хамидие") == "novo-khamidie")
        #expect(SchoolID.transliterate("СОШ № 7 Соль-Илецк") == "sosh-7-sol-iletsk")
        #expect(SchoolID.transliterate("Щёлково") == "shchelkovo")
        #expect(SchoolID.make(from: "Урожайное", taken: ["urozhaynoe", "urozhaynoe-2"]) == "urozhaynoe-3")
        #expect(SchoolID.make(from: "№ 1", taken: []) == "1")
        #expect(SchoolID.make(from: "«»", taken: []) == "school")
        #expect(SchoolID.isValid("verkhniy-kurp") && !SchoolID.isValid("-kurp") && !SchoolID.isValid("Kurp"))
    }

    @Test func addsASchoolAndRefusesAShortNameTwice() throws {
        var data = EditingFixture.data()
        let school = School(id: "nizhniy-kurp", name: " МКОУ СОШ с.п. Нижний Курп ", shortName: "Нижний Курп",
                            programmes: ["500+", "ШНОР"], curator: "  ", riskFactors: [RiskFactor.federalList[1]])
        try data.addSchool(school)
        let added = try #require(data.school("nizhniy-kurp"))
        #expect(added.name == "МКОУ СОШ с.п. Нижний Курп")
        #expect(added.programmes == ["ШНОР", "500+"])
        #expect(added.curator == nil)
        let twin = School(id: "nizhniy-kurp-2", name: "Другая", shortName: "Нижний Курп")
        #expect(throws: EditError(.shortName, "краткое название «Нижний Курп» уже у школы «МКОУ СОШ с.п. Нижний Курп»")) {
            try data.addSchool(twin)
        }
    }

    @Test func riskFactorsComeFromTheRoadmapsList() {
        let data = EditingFixture.data()
        let school = School(id: "khamidie", name: "МКОУ СОШ с.п. Хамидие", shortName: "Хамидие",
                            riskFactors: ["Плохая погода"])
        #expect(data.problems(with: school, isNew: false).map(\.field) == [.riskFactors])
    }

    @Test func aSchoolThatLeavesKeepsItsHistory() throws {
        var data = EditingFixture.data()
        try data.retireSchool("khamidie", on: Day(year: 2021, month: 3, day: 1)!)
        #expect(data.school("khamidie")?.left == Day(year: 2021, month: 3, day: 1))
        #expect(data.records(ofSchool: "khamidie").count == 2)
    }

    @Test func deletingASchoolTakesItsRecordsAndItsPlaceInScopes() {
        var data = EditingFixture.data()
        let change = data.deleteSchool("khamidie")
        #expect(change.removed == 2)
        #expect(change.partitions == ["khamidie"])
        #expect(data.school("khamidie") == nil)
        #expect(data.measure("2.3")?.scope == .schools([]))
        #expect(data.progressCount == 3)
    }
}
