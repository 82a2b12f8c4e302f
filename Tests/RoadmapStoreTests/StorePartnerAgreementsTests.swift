import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// `agreements` in schools.json: optional (older directories stay valid),
/// read into the model, written back in the fixed key order, refused with
/// the place when a partner or a date is wrong.
@Suite("Store: partner agreements in schools.json")
struct StorePartnerAgreementsTests {
    static let agreement = agreementJSON()

    static func agreementJSON(partners: String = "\n            \"МОАУ «СОШ № 4 г.Соль-Илецка»\"\n          ",
                              date: String = "2020-10-01", numberKey: String = "number") -> String {
        """
              "partners": [
                "МОАУ «СОШ № 4 г.Соль-Илецка»"
              ],
              "agreements": [
                {
                  "partners": [\(partners)],
                  "title": "договор о сотрудничестве",
                  "date": "\(date)",
                  "\(numberKey)": "17"
                }
              ],
        """
    }

    static func fixture(_ agreements: String = agreement) throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.replace("schools.json", "      \"growthPoint\": {", with: agreements + "\n      \"growthPoint\": {")
        return fixture
    }

    @Test func readIntoTheModel() throws {
        let fixture = try Self.fixture()
        let data = try #require(try fixture.loadUnchanged().data)
        let school = try #require(data.school("urozhaynoe"))
        #expect(school.agreements == [PartnerAgreement(partners: ["МОАУ «СОШ № 4 г.Соль-Илецка»"],
                                                       title: "договор о сотрудничестве",
                                                       date: Day(year: 2020, month: 10, day: 1), number: "17")])
        #expect(school.agreements.first?.label == "договор о сотрудничестве № 17 от 01.10.2020")
        #expect(data.school("khamidie")?.agreements == [])
    }

    /// Saved as it was read: after `partners`, keys in the README's order.
    @Test func writtenBackInTheFixedOrder() throws {
        let fixture = try Self.fixture()
        let data = try #require(try fixture.loadUnchanged().data)
        let before = try fixture.text("schools.json")
        _ = try fixture.directory.save(data, files: [.schools])
        #expect(try fixture.text("schools.json") == before)
        #expect(before.contains(Self.agreement))
    }

    @Test func aDirectoryWithoutAgreementsStaysValid() throws {
        let fixture = try StoreFixture()
        let report = try fixture.loadUnchanged()
        #expect(report.errors.isEmpty)
        #expect(report.data?.schools.allSatisfy(\.agreements.isEmpty) == true)
    }

    @Test func anAgreementWithoutPartnersIsRefused() throws {
        let fixture = try Self.fixture(Self.agreementJSON(partners: ""))
        let errors = try fixture.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("schools.json:") == true)
        #expect(errors.first?.hasSuffix("школа «urozhaynoe», договор № 1 в agreements: поле partners: не названа ни одна организация-партнёр — укажите хотя бы одну") == true,
                "\(errors)")
    }

    @Test func aDayThatDoesNotExistIsRefused() throws {
        let fixture = try Self.fixture(Self.agreementJSON(date: "2020-09-31"))
        let errors = try fixture.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.contains("школа «urozhaynoe», договор № 1 в agreements: поле date") == true, "\(errors)")
    }

    @Test func anUnknownFieldIsNamed() throws {
        let fixture = try Self.fixture(Self.agreementJSON(numberKey: "nomer"))
        let warnings = try fixture.warnings()
        #expect(warnings.contains { $0.contains("договор № 1 в agreements: неизвестное поле «nomer» пропущено") }, "\(warnings)")
    }
}
