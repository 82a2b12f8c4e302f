import Foundation
import Testing
import RoadmapModel
import RoadmapFiles
@testable import RoadmapStore

/// Checks that depend on how deadlines are read. The deadline parser is
/// written elsewhere; these feed the check a read deadline directly.
@Suite("Store: occurrence and system-reason checks")
struct StoreInternalChecksTests {
    private func record(occurrence: Day?) -> DecodedRecord {
        let key = ProgressKey(measure: "18", school: "urozhaynoe", occurrence: occurrence)
        let entry = HistoryEntry(at: "2022-03-28T15:02:11+03:00", by: "Шидукова Л.П.", status: .done)
        return DecodedRecord(record: ProgressRecord(key: key, history: [entry]),
                             position: SourcePosition(line: 18, column: 5),
                             measurePosition: SourcePosition(line: 19, column: 18),
                             occurrencePosition: occurrence == nil ? nil : SourcePosition(line: 20, column: 21),
                             label: Label(text: "запись о мероприятии «18»" + (occurrence.map { " за \($0.iso)" } ?? "")))
    }

    private func messages(for record: DecodedRecord, deadline: Deadline) -> [String] {
        let measure = Measure(id: "18", number: "18.", section: "5", title: "Час контроля", deadline: deadline.phrase,
                              scope: .schools(["urozhaynoe"]))
        let context = ProgressContext(measures: ["18": measure], deadlines: ["18": deadline],
                                      schoolIDs: ["urozhaynoe"], knowsSchools: true, knowsMeasures: true)
        let log = FileLog(file: "progress/schools/urozhaynoe.json")
        CrossChecks.checkProgress(DecodedProgressFile(school: "urozhaynoe", records: [record]), context: context, log: log)
        return log.diagnostics.map(\.description)
    }

    private let monthly = Deadline(phrase: "Ежемесячно", kind: .recurring, recurrence: .monthly,
                                   windows: (1...3).map { DateWindow(start: Day.firstOf(month: $0, year: 2022),
                                                                      end: Day.lastOf(month: $0, year: 2022)) })

    @Test func occurrenceOnAWindowEndIsFine() {
        #expect(messages(for: record(occurrence: Day(year: 2022, month: 3, day: 31)), deadline: monthly) == [])
    }

    @Test func occurrenceMatchingNoWindowIsAWarning() {
        #expect(messages(for: record(occurrence: Day(year: 2022, month: 3, day: 15)), deadline: monthly) == [
            "progress/schools/urozhaynoe.json:20:21: предупреждение: запись о мероприятии «18» за 2022-03-15: поле occurrence: 2022-03-15 не совпадает ни с одним сроком мероприятия; ожидался последний день срока: 2022-01-31, 2022-02-28, 2022-03-31",
        ])
    }

    @Test func missingOccurrenceForSeveralWindowsIsAWarning() {
        #expect(messages(for: record(occurrence: nil), deadline: monthly) == [
            "progress/schools/urozhaynoe.json:18:5: предупреждение: запись о мероприятии «18»: нет поля occurrence, а у мероприятия несколько сроков (2022-01-31, 2022-02-28, 2022-03-31): отметка не относится ни к одному",
        ])
    }

    @Test func occurrenceForASingleWindowIsAWarning() {
        let april = Deadline(phrase: "Апрель", kind: .windows,
                             windows: [DateWindow(start: Day.firstOf(month: 4, year: 2022), end: Day.lastOf(month: 4, year: 2022))])
        #expect(messages(for: record(occurrence: Day(year: 2022, month: 4, day: 30)), deadline: april).count == 1)
        #expect(messages(for: record(occurrence: nil), deadline: april) == [])
    }

    @Test func unreadDeadlinesAreNotCheckedTwice() {
        let unread = Deadline(phrase: "абракадабра", kind: .unrecognized)
        #expect(messages(for: record(occurrence: Day(year: 2022, month: 3, day: 15)), deadline: unread) == [])
    }

    @Test func systemReasonsAreRussian() {
        #expect(SystemReason.text(EACCES) == "нет прав доступа")
        #expect(SystemReason.text(ENOSPC) == "на диске нет места")
        #expect(SystemReason.text(EROFS) == "файловая система только для чтения")
        #expect(SystemReason.text(EISDIR) == "это каталог")
    }

    @Test func timestampsCompareAsInstants() throws {
        let moscow = try #require(Instant("2022-03-28T15:00:00+03:00"))
        let utc = try #require(Instant("2022-03-28T12:00:00Z"))
        let later = try #require(Instant("2022-03-28T12:00:00.5Z"))
        #expect(!(moscow < utc) && !(utc < moscow))
        #expect(utc < later)
        #expect(Instant("2022-03-28T15:00+03:00") != nil)
        for bad in ["2022-03-28", "2022-03-28T25:00:00+03:00", "2022-02-30T10:00:00Z", "2022-03-28T10:00:00", "2022-03-28T10:00:00+3"] {
            #expect(Instant(bad) == nil, "\(bad)")
        }
    }
}
