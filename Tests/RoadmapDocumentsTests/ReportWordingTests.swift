import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapDocuments

/// The words of the справка: the last day of a deadline, occurrences named
/// as people name them, the counting note only where it applies, and the
/// CSV's state in the totals' words.
@Suite("The справка's words: due day, occurrence names, counting note, CSV state")
struct ReportWordingTests {
    static func row(_ report: Report, _ id: String) throws -> ReportMeasure {
        try #require(report.sections.flatMap(\.measures).first { $0.measure.id == id })
    }

    @Test("on the year's last day «в течение года» is due, not «срок не наступил», and counts among the due")
    func theLastDayIsTheDueDay() throws {
        let data = try SampleData.load("terek-2022")
        let yearEnd = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("31.12.2022"))
        #expect(try Self.row(yearEnd, "11").mark == "Срок истекает 31.12.2022, отметки нет.")
        #expect(try Self.row(yearEnd, "17").mark == "Срок истекает 31.12.2022, отметки нет.")
        let text = MarkdownReport.render(yearEnd)
        #expect(!text.contains("Срок не наступил"), "\(text)")
        // The day after, the same measures are late.
        let after = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.01.2023"))
        #expect(try Self.row(after, "11").mark == "Не выполнено (срок 31.12.2022).")
        // Every dated occurrence is due on 31.12: the share counts all of them.
        var marked = data
        SampleData.mark(&marked, "11", .done, doneOn: "31.12.2022")
        let share = Report(data: marked, schedule: Schedule(marked), asOf: SampleData.day("31.12.2022")).summary.onTime
        let shareBefore = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("31.12.2022")).summary.onTime
        #expect(share.due == shareBefore.due)
        #expect(share.onTime == shareBefore.onTime + 1)
    }

    @Test("terms, quarters, half-years and months are named as people name them")
    func occurrencesAreNamedAsPeopleNameThem() throws {
        let data = try SampleData.load("vladivostok-2020")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.03.2021"))
        let terms = try #require(report.sections.flatMap(\.measures).first { $0.measure.deadline == "по итогам каждой четверти" })
        #expect(terms.entries.map(\.label) == ["I четверть", "II четверть", "III четверть", "IV четверть"])
        let window = DateWindow(start: SampleData.day("01.01.2021"), end: SampleData.day("30.06.2021"))
        #expect(ReportWording.occurrence(window, recurrence: .halfYear, terms: [], termEnds: []) == "I полугодие 2021 г.")
        #expect(ReportWording.occurrence(window, recurrence: .monthly, terms: [], termEnds: []) == "январь 2021 г.")
        // A term the roadmap names itself keeps its name.
        let named = [SchoolTerm(name: "1 триместр", end: SampleData.day("30.11.2020"))]
        let autumn = DateWindow(start: SampleData.day("23.11.2020"), end: SampleData.day("10.12.2020"))
        #expect(ReportWording.occurrence(autumn, recurrence: .term, terms: named, termEnds: []) == "1 триместр")
    }

    @Test("how occurrences are counted is said only when some measure has several, and only for those")
    func theCountingNoteOnlyWhereItApplies() throws {
        let terek = try SampleData.load("terek-2022")
        let both = Report(data: terek, schedule: Schedule(terek), asOf: SampleData.day("01.06.2022")).countingNote
        #expect(both?.contains("по каждой школе") == true && both?.contains("по каждому сроку") == true)
        // Seryshevo has no schools: only its quarterly measure has several occurrences.
        let seryshevo = try SampleData.load("seryshevo-2023")
        let recurring = Report(data: seryshevo, schedule: Schedule(seryshevo), asOf: SampleData.day("30.06.2023"))
        #expect(recurring.countingNote == "Повторяющееся мероприятие считается по каждому сроку.")
        var single = seryshevo
        single.measures.removeAll { $0.deadline == "Ежеквартально" }
        let none = Report(data: single, schedule: Schedule(single), asOf: SampleData.day("30.06.2023"))
        #expect(none.countingNote == nil)
        #expect(!MarkdownReport.render(none).contains("считается"))
    }

    @Test("the CSV's «Состояние» is the totals' word and its «Отметка» the note alone")
    func theCSVStateIsTheTotalsWord() throws {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "1", .inProgress, note: "- анализ начат")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("15.06.2022"))
        let lines = CSVReport.render(report).components(separatedBy: "\r\n")
        let first = try #require(lines.first { $0.contains(";1.;") })
        #expect(first.contains(";просрочено;107;"), "\(first)")
        // The list dash the documents print, not an apostrophe.
        #expect(first.contains(";– анализ начат;"), "\(first)")
        #expect(!first.contains("Выполняется"), "\(first)")
        let sixteen = try #require(lines.first { $0.contains(";16.;") })
        #expect(sixteen.contains(";просрочено;"), "\(sixteen)")
    }

    @Test("a note is trimmed of spaces and line breaks at its edges exactly as before, and a blank one is no note")
    func notesAreTrimmedAtTheirEdges() {
        for note in ["Курсы прошли 12 учителей", "  отступ", "хвост \n", "\u{00A0}неразрывный\u{00A0}", "\t\r\n", "",
                     "внутри  два пробела", "\u{2003}em\u{2003}", "\u{0085}NEL"] {
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(ReportWording.trimmed(note) == (trimmed.isEmpty ? nil : trimmed), "\(note.debugDescription)")
        }
        let day = SampleData.day("01.06.2022")
        #expect(ReportWording.mark(status: .done, note: " Проведено ", doneOn: day, window: nil, deadline: .windows, asOf: day)
            == "Выполнено 01.06.2022. Проведено")
        #expect(ReportWording.mark(status: .done, note: " \n ", doneOn: day, window: nil, deadline: .windows, asOf: day)
            == "Выполнено 01.06.2022.")
    }
}
