import Foundation
import RoadmapModel
import RoadmapStore
import Testing
@testable import RoadmapDocuments

/// The справка and the calendar made from the plan and a table of one entry
/// per record — what `roadmap report` and `roadmap calendar` read from the
/// files — are the documents made from the whole data, to the byte.
@Suite("Documents from a table of one entry per record")
struct DocumentsFromEntryTableTests {
    static let samples = ["terek-2022-progress", "izhevsk-2020", "sol-iletsk-2020"]

    /// The plan of `data` without its progress, as a table load gives it.
    static func plan(_ data: RoadmapData) -> RoadmapData {
        RoadmapData(roadmap: data.roadmap, schools: data.schools, measures: data.measures)
    }

    @Test("the справка on four days of the period, whole and for each of two schools", arguments: samples)
    func reportIsTheSame(sample: String) throws {
        let data = try SampleData.load(sample)
        let schedule = Schedule(data)
        let period = data.roadmap.period
        let days = [period.start, period.start.adding(days: 100), period.start.adding(days: 250), period.end]
        let schools: [String?] = [nil] + data.schools.prefix(2).map(\.id)
        for day in days {
            let table = EntryTable(data, choice: .asOf(day))
            for school in schools {
                let whole = Report(data: data, schedule: schedule, asOf: day, school: school)
                let fromTable = Report(plan: Self.plan(data), entries: table, schedule: schedule, asOf: day, school: school)
                #expect(fromTable.summary == whole.summary, "\(day.iso) \(school ?? "")")
                #expect(MarkdownReport.render(fromTable) == MarkdownReport.render(whole), "\(day.iso) \(school ?? "")")
                #expect(CSVReport.render(fromTable) == CSVReport.render(whole))
            }
        }
    }

    @Test("a справка that says something: notes, days done and lateness come through the table")
    func reportCarriesNotes() throws {
        let data = try SampleData.load("terek-2022-progress")
        let day = data.roadmap.period.end
        let report = Report(plan: Self.plan(data), entries: EntryTable(data, choice: .asOf(day)), schedule: Schedule(data), asOf: day)
        let notes = data.allRecords.compactMap { $0.entry(asOf: day)?.note }.filter { !$0.isEmpty }
        #expect(!notes.isEmpty)
        let text = MarkdownReport.render(report)
        // A note is printed in its cell (Markdown escapes only punctuation it uses).
        let plain = try #require(notes.first { !$0.contains(where: { "\\`*_[]|#<>&\n".contains($0) }) })
        #expect(text.contains(plain))
        #expect(report.summary.overall.total > 0)
    }

    @Test("the calendar from each record's current entry", arguments: samples)
    func calendarIsTheSame(sample: String) throws {
        let data = try SampleData.load(sample)
        let schedule = Schedule(data)
        let stamp = Date(timeIntervalSince1970: 1_672_000_000)
        let table = EntryTable(data, choice: .current)
        for school in [nil] + data.schools.prefix(1).map(\.id) {
            var whole = "", fromTable = ""
            let a = RoadmapCalendar.write(data: data, schedule: schedule, school: school, stamp: stamp, form: .both,
                                          reminderDays: 3, to: &whole)
            let b = RoadmapCalendar.write(plan: Self.plan(data), entries: table, schedule: schedule, school: school,
                                          stamp: stamp, form: .both, reminderDays: 3, to: &fromTable)
            #expect(fromTable == whole)
            #expect(a.count == b.count && a.undated == b.undated)
        }
    }
}
