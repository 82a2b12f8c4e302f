import Testing
import RoadmapModel
@testable import RoadmapImport

/// With the schools of the programme known, the measures the schools carry
/// out become per-school — which is how the Terek sample records them.
@Suite struct ScopeRuleTests {
    @Test func terekWithItsSchoolsGetsTheSamplesScopes() throws {
        let sample = try Seeds.sample("terek-2022")
        let report = try Seeds.imported("003", options: ImportOptions(schools: sample.schools))
        #expect(report.data.measures.map(\.scope) == sample.measures.map(\.scope))
        #expect(report.data.schools == sample.schools)
    }

    @Test func withoutSchoolsEveryMeasureIsMunicipal() {
        #expect(ScopeRule.scope(responsible: ["Руководители ОО"], schools: []) == .municipal)
        let school = School(id: "a", name: "МКОУ СОШ с.п. А", shortName: "А")
        #expect(ScopeRule.scope(responsible: ["Руководители ОО"], schools: [school]) == .everySchool)
        #expect(ScopeRule.scope(responsible: ["руководители образовательных организаций"], schools: [school]) == .everySchool)
        #expect(ScopeRule.scope(responsible: ["Методисты ИМЦ УО"], schools: [school]) == .municipal)
    }
}
