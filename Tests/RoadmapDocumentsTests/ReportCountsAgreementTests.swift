import RoadmapDocuments
import RoadmapModel
import Testing

/// The report counts occurrences by the model's `Standing`, as the dashboard
/// header and `roadmap list` do: an in-progress occurrence past its window
/// is late, in the totals and in its row.
@Suite("The report's totals and rows count late «выполняется» as late")
struct ReportCountsAgreementTests {
    /// Terek 2022 on 15.11.2022: measure 1 (февраль) and Хамидие's 5 (март –
    /// апрель) are in progress past their windows; 17 (декабрь) and
    /// Урожайное's 2 (апрель – декабрь) are in progress on time.
    static func terek() throws -> Report {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "1", .inProgress)
        SampleData.mark(&data, "17", .inProgress)
        SampleData.mark(&data, "2", school: "urozhaynoe", .inProgress)
        SampleData.mark(&data, "5", school: "khamidie", .inProgress)
        return Report(data: data, schedule: Schedule(data), asOf: SampleData.day("15.11.2022"))
    }

    @Test func totalsArePartsOfOneWhole() throws {
        let report = try Self.terek()
        let o = report.summary.overall
        #expect([o.total, o.done, o.inProgress, o.notDone, o.cancelled, o.planned, o.overdue] == [89, 0, 2, 0, 0, 47, 40])
        #expect(report.summary.overdue.count == 40)
        #expect(report.countsTable.rows[0].cells == ["Всего", "89", "0", "2", "0", "0", "47", "40"])
        // Section 1 holds measure 1 (late) and Урожайное's 2 (on time).
        let first = try #require(report.summary.bySection.first)
        #expect([first.counts.inProgress, first.counts.overdue] == [1, 1])
    }

    @Test func rowsSayInProgressAndLate() throws {
        let report = try Self.terek()
        let measures = report.sections.flatMap(\.measures)
        #expect(measures.first { $0.measure.id == "1" }?.mark == "Выполняется, срок истёк 28.02.2022.")
        #expect(measures.first { $0.measure.id == "17" }?.mark == "Выполняется, срок до 31.12.2022.")
        let five = try #require(measures.first { $0.measure.id == "5" })
        // All seven late, one of them being carried out: the count says where each stands.
        #expect(five.mark == "из 7: просрочено 7")
        #expect(five.entries.first { $0.school?.id == "khamidie" }?.mark == "Выполняется, срок истёк 30.04.2022.")
        #expect(five.entries.first { $0.school?.id == "khamidie" }?.standing == .overdue)
        let two = try #require(measures.first { $0.measure.id == "2" })
        #expect(two.entries.first { $0.school?.id == "urozhaynoe" }?.mark == "Выполняется, срок до 31.12.2022.")
    }
}
