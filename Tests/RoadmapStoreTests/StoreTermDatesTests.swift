import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// The school terms' ends decide «2 четверть» and «по итогам каждой
/// четверти»: ends out of order or more than a year outside the period are
/// refused with the reason, so no deadline is read into 1999 or 2045.
@Suite("Store: school term dates")
struct StoreTermDatesTests {
    private func fixture(terms: String) throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.replace("roadmap.json", #""end": "2022-03-25""#, with: terms)
        return fixture
    }

    @Test func anEndYearsAfterThePeriodIsRefused() throws {
        let f = try fixture(terms: #""end": "2045-03-25""#)
        try f.expectErrors([
            "roadmap.json:34:14: четверть «III четверть»: поле end: 25.03.2045 — больше чем на год вне периода дорожной карты 2022 "
                + "(01.01.2022–31.12.2022); допустимы даты с 01.01.2021 по 31.12.2023",
        ])
    }

    @Test func anEndYearsBeforeThePeriodIsRefused() throws {
        let f = try fixture(terms: #""end": "1999-03-25""#)
        #expect(try f.errors().first?.contains("поле end: 25.03.1999 — больше чем на год вне периода дорожной карты 2022") == true)
    }

    @Test func endsOutOfOrderAreRefused() throws {
        let f = try fixture(terms: #""end": "2022-03-25" }, { "name": "II четверть", "end": "2021-12-29""#)
        try f.expectErrors([
            "roadmap.json:34:62: четверть «II четверть»: поле end: 29.12.2021 — не позже конца предыдущей четверти (25.03.2022): "
                + "четверти перечисляются по порядку, каждая заканчивается позже предыдущей",
        ])
    }

    /// A calendar-year roadmap touches two school years: the terms of both
    /// are read, and a term closing within a year of the period is fine.
    @Test func termsOfTheTwoSchoolYearsAreRead() throws {
        let f = try fixture(terms: #""end": "2021-12-29" }, { "name": "III четверть", "end": "2022-03-25" }, { "name": "I четверть", "end": "2022-10-28" }, { "name": "II четверть", "end": "2022-12-29""#)
        let report = try f.loadUnchanged()
        #expect(report.errors.isEmpty, "\(report.errors)")
        let context = try #require(report.data?.roadmap.deadlineContext)
        let deadline = DeadlineParser.parse("по итогам каждой четверти", in: context)
        #expect(deadline.windows.map(\.description) == ["2022-03-19…2022-04-04", "2022-10-22…2022-11-07", "2022-12-23…2023-01-08"])
    }
}
