import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// «По состоянию на» a day, a «выполнено» whose day done comes later does
/// not count yet; every other mark counts from the moment it is recorded.
/// On the bundled Терский район sample: measure 6 («Апрель», every school)
/// ends on 30.04.2022, measure 18 is monthly and municipal.
@Suite("Model: the state of a record as of a date")
struct AsOfRuleTests {
    static func day(_ text: String) -> Day { Day.parse(text)! }
    static let khamidie6 = ProgressKey(measure: "6", school: "khamidie")

    static func terek() throws -> RoadmapData {
        try #require(DataDirectory(TestPaths.sample("terek-2022")).load().data)
    }

    static func entry(_ status: Status, at: String, doneOn: String? = nil, note: String? = nil) -> HistoryEntry {
        HistoryEntry(at: at, by: "Шидукова Л.П.", status: status, note: note, doneOn: doneOn.map(day))
    }

    static func overdue(_ data: RoadmapData, asOf: String, school: String? = "khamidie") -> [ProgressKey] {
        Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: day(asOf), school: school)).map(\.key)
    }

    @Test func doneAfterTheDateIsOverdueAsOfTheDate() throws {
        var data = try Self.terek()
        data.apply(Self.entry(.done, at: "2022-06-10T12:00:00+03:00", doneOn: "2022-06-10", note: "Проведена"), to: Self.khamidie6)
        #expect(Self.overdue(data, asOf: "2022-05-01").contains(Self.khamidie6))
        #expect(data.status(of: Self.khamidie6, asOf: Self.day("2022-05-01")) == .planned)
        #expect(data.entry(of: Self.khamidie6, asOf: Self.day("2022-05-01")) == nil)
        let counts = Schedule(data).counts(of: try #require(data.measure("6")), in: data, asOf: Self.day("2022-05-01"))
        #expect(counts.done == 0 && counts.overdue == 7)
        // From its day done on, it is done and no longer late.
        #expect(!Self.overdue(data, asOf: "2022-06-10").contains(Self.khamidie6))
        #expect(data.status(of: Self.khamidie6, asOf: Self.day("2022-06-10")) == .done)
        #expect(data.entry(of: Self.khamidie6, asOf: Self.day("2022-06-11"))?.note == "Проведена")
    }

    @Test func doneOnOrBeforeTheDateIsNotOverdue() throws {
        var data = try Self.terek()
        // Recorded long after, but done in April: it counts on 1 May.
        data.apply(Self.entry(.done, at: "2026-11-23T10:00:00+03:00", doneOn: "2022-04-28"), to: Self.khamidie6)
        #expect(!Self.overdue(data, asOf: "2022-05-01").contains(Self.khamidie6))
        #expect(data.status(of: Self.khamidie6, asOf: Self.day("2022-04-28")) == .done)
        #expect(data.status(of: Self.khamidie6, asOf: Self.day("2022-04-27")) == .planned)
    }

    @Test func inProgressBeforeALaterDoneIsInProgressAsOfTheDate() throws {
        var data = try Self.terek()
        data.apply(Self.entry(.inProgress, at: "2022-04-20T09:00:00+03:00", note: "Начата"), to: Self.khamidie6)
        data.apply(Self.entry(.done, at: "2022-06-10T12:00:00+03:00", doneOn: "2022-06-10"), to: Self.khamidie6)
        let asOf = Self.day("2022-05-01")
        #expect(data.status(of: Self.khamidie6, asOf: asOf) == .inProgress)
        #expect(data.entry(of: Self.khamidie6, asOf: asOf)?.note == "Начата")
        let late = Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: asOf, school: "khamidie"))
        #expect(late.first { $0.key == Self.khamidie6 }?.status == .inProgress)
        #expect(data.latestStatus(of: Self.khamidie6) == .done)
    }

    /// Other statuses are not dated facts of the work: a «выполняется»
    /// recorded today counts when looking back at an earlier date.
    @Test func otherStatusesCountWhateverTheirTime() throws {
        var data = try Self.terek()
        data.apply(Self.entry(.cancelled, at: "2026-11-23T10:00:00+03:00"), to: Self.khamidie6)
        #expect(data.status(of: Self.khamidie6, asOf: Self.day("2022-05-01")) == .cancelled)
        #expect(!Self.overdue(data, asOf: "2022-05-01").contains(Self.khamidie6))
    }

    /// The index keeps status steps, not the history: for every day around
    /// the marks, its answer is the record's.
    @Test func statusStepsAnswerAsTheHistoryDoes() throws {
        let histories: [[HistoryEntry]] = [
            [Self.entry(.done, at: "2022-06-10T12:00:00+03:00", doneOn: "2022-06-10")],
            [Self.entry(.inProgress, at: "2022-04-01T12:00:00+03:00"),
             Self.entry(.done, at: "2022-06-10T12:00:00+03:00", doneOn: "2022-06-10")],
            [Self.entry(.notDone, at: "2022-04-01T12:00:00+03:00"),
             Self.entry(.done, at: "2022-06-10T12:00:00+03:00", doneOn: "2022-05-20"),
             Self.entry(.done, at: "2022-06-11T12:00:00+03:00", doneOn: "2022-06-01"),
             Self.entry(.done, at: "2022-06-12T12:00:00+03:00", doneOn: "2022-04-15")],
            [Self.entry(.done, at: "2022-06-10T12:00:00+03:00", doneOn: "2022-06-10"),
             Self.entry(.planned, at: "2022-06-11T12:00:00+03:00")],
            [Self.entry(.done, at: "2022-06-10T12:00:00+03:00")],
        ]
        for history in histories {
            let record = ProgressRecord(key: Self.khamidie6, history: history)
            var day = Self.day("2022-03-01")
            while day <= Self.day("2022-07-01") {
                #expect(StatusStep.status(of: record.statusSteps, asOf: day) == record.status(asOf: day), "\(history) \(day)")
                day = day.adding(days: 1)
            }
        }
        // Done on 15.04 makes the later dones unreachable: two steps remain.
        #expect(ProgressRecord(key: Self.khamidie6, history: histories[2]).statusSteps
            == [StatusStep(status: .done, doneOn: Self.day("2022-04-15")), StatusStep(status: .notDone)])
    }
}
