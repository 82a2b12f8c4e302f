import RoadmapModel
import Testing
@testable import RoadmapDocuments

/// The report counts its occurrences in one pass and makes each measure's
/// entries again when a writer reaches them: what is counted and what is
/// printed must be the same occurrences, and the table made row by row must
/// be the table held whole.
@Suite("The report's rows, made when they are written")
struct ReportRowsOnDemandTests {
    /// Each sample on each of its days, the whole roadmap and its first school.
    static func reports() throws -> [Report] {
        try SampleSpravkaTests.cases.flatMap { item -> [Report] in
            let (data, report, _) = try SampleSpravkaTests.make(item)
            let day = SampleData.day(item.day)
            let school = data.schools.first.map { Report(data: data, schedule: Schedule(data), asOf: day, school: $0.id) }
            return [report] + (school.map { [$0] } ?? [])
        }
    }

    @Test("the totals count the entries the table prints")
    func totalsCountThePrintedEntries() throws {
        for report in try Self.reports() {
            var overall = StatusCounts()
            var perSchool: [String: StatusCounts] = [:]
            for (section, line) in zip(report.sections, report.summary.bySection) {
                var counts = StatusCounts()
                for item in section.measures {
                    let entries = item.entries
                    #expect(item.entryCount == entries.count, "\(item.measure.id)")
                    #expect(entries == item.entries, "\(item.measure.id): made twice, made the same")
                    for entry in entries {
                        counts.add(entry.standing)
                        if let school = entry.school?.id { perSchool[school, default: StatusCounts()].add(entry.standing) }
                    }
                }
                #expect(line.label == section.caption)
                #expect(line.counts == counts, "\(section.caption)")
                overall = overall + counts
            }
            #expect(report.summary.bySection.count == report.sections.count)
            #expect(report.summary.overall == overall)
            let schools = Dictionary(report.schools.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
            for line in report.summary.bySchool {
                let id = try #require(schools[line.label] ?? report.school?.id)
                #expect(perSchool[id] == line.counts, "\(line.label)")
            }
        }
    }

    @Test("the measures table written row by row is the table held whole")
    func streamedTableIsTheHeldTable() throws {
        for report in try Self.reports() {
            let made = report.measuresTable
            let held = DocumentTable(columns: made.columns, rows: made.rows)
            var streamed: [DocumentTable.Row] = []
            made.forEachRow { streamed.append($0) }
            #expect(streamed == held.rows)
            #expect(made == held)
            let blocks = report.blocks
            let heldBlocks = blocks.map { block -> DocumentBlock in
                if case .table(let table) = block, table.columns == made.columns { return .table(held) }
                return block
            }
            #expect(MarkdownReport.render(blocks) == MarkdownReport.render(heldBlocks))
            #expect(HTMLReport.render(made) == HTMLReport.render(held))
            var wordMade = "", wordHeld = ""
            DocxReport.document(blocks, to: &wordMade)
            DocxReport.document(heldBlocks, to: &wordHeld)
            #expect(wordMade == wordHeld)
        }
    }
}
