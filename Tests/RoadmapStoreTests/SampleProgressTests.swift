import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// `terek-2022-progress`, the first-use default: the Terek plan exactly as
/// transcribed, and the year's marks as the document's own analysis of it
/// reports them, so a newcomer opens a year as it went.
@Suite("Sample terek-2022-progress: the year's marks from seed 003's analysis")
struct SampleProgressTests {
    static func load(_ name: String) throws -> RoadmapData {
        let report = DataDirectory(TestPaths.sample(name)).load()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return try #require(report.data)
    }

    @Test("the plan is terek-2022's, word for word")
    func thePlanIsTheTranscribedOne() throws {
        let plan = try Self.load("terek-2022"), marked = try Self.load("terek-2022-progress")
        #expect(marked.measures == plan.measures)
        #expect(marked.schools == plan.schools)
        #expect(marked.roadmap.sections == plan.roadmap.sections)
        #expect(marked.roadmap.title == plan.roadmap.title)
        let notes = try #require(marked.roadmap.notes), planNotes = try #require(plan.roadmap.notes)
        #expect(notes.hasPrefix(planNotes))
        #expect(notes.contains("условные примеры"))
    }

    @Test("what the notes say is what the analysis says")
    func notesQuoteTheAnalysis() throws {
        let seed = try TestPaths.seedText("003").replacingOccurrences(of: "ё", with: "е")
        let marked = try Self.load("terek-2022-progress")
        let notes = marked.allRecords.compactMap(\.note).map { $0.replacingOccurrences(of: "ё", with: "е") }
        for fact in ["5 руководителей ШНОР и «500+»", "28 человек", "Школы молодого педагога",
                     "установочный семинар рабочей группы по вопросам организации ШНОР и «500+»",
                     "своевременно и в полном объеме", "муниципальный наставнический центр, где организованы консультации",
                     "психолого-педагогическое сопровождение школ"] {
            #expect(seed.contains(fact), "«\(fact)» нет в документе")
            #expect(notes.contains { $0.contains(fact) }, "«\(fact)» нет в отметках")
        }
        #expect(marked.allRecords.allSatisfy { $0.history.allSatisfy { $0.by == "Шидукова Л.П." } })
    }

    @Test("at the end of 2022 most is done and a few are late")
    func theYearEndsRealistically() throws {
        let marked = try Self.load("terek-2022-progress")
        let schedule = Schedule(marked)
        let yearEnd = try #require(Day(year: 2022, month: 12, day: 31))
        let late = Overdue.items(in: marked, schedule: schedule, query: OverdueQuery(asOf: yearEnd))
        #expect(late.count == 6, "\(late.map { "\($0.measure.number) \($0.school?.shortName ?? "")" })")
        #expect(Set(late.map { $0.measure.id }) == ["7", "8", "18"])
        let every = marked.allRecords
        #expect(every.count == 86)
        #expect(every.filter { $0.status == .done }.count >= 70)
        // Every mark was made in the year it reports on, on or after its day.
        for record in every {
            for entry in record.history {
                #expect(entry.at.hasPrefix("2022-"), "\(record.key)")
                if let day = entry.doneOn { #expect(entry.at.hasPrefix(day.iso)) }
            }
        }
    }
}
