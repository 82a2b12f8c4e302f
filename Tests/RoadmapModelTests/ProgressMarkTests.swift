import Testing
@testable import RoadmapModel

/// The one rule of a mark, shared by the dashboard and `roadmap mark`.
@Suite struct ProgressMarkTests {
    static let period = Period.academic(startYear: 2020)
    static let today = Day(year: 2021, month: 3, day: 1)!
    let key = ProgressKey(measure: "2.4")

    static func mark(_ status: Status, note: String? = nil, day: Day = today) throws -> ProgressMark {
        try ProgressMark(status, note: note, day: day, today: today, period: period, at: "2021-03-01T10:00:00+03:00", by: "Иванова Л.П.")
    }

    var data: RoadmapData {
        RoadmapData(roadmap: Roadmap(title: "План", municipality: "Терский район", period: Self.period))
    }

    @Test func aMarkThatChangesNothingIsSkipped() throws {
        var data = self.data
        let done = try Self.mark(.done, note: "Курсы прошли 12 учителей", day: Day(year: 2020, month: 11, day: 25)!)
        #expect(data.apply(done, to: [key]).map(\.key) == [key])
        #expect(data.apply(done, to: [key]).isEmpty, "the same status, note and day again")
        #expect(data.record(key)?.history.count == 1)
        // Planned on a record that never existed is how it already stands.
        #expect(data.apply(try Self.mark(.planned), to: [ProgressKey(measure: "3.1")]).isEmpty)
        #expect(data.record(ProgressKey(measure: "3.1")) == nil)
    }

    @Test func noNoteKeepsTheNoteABlankOneClearsIt() throws {
        var data = self.data
        data.apply(try Self.mark(.done, note: "  Справка  "), to: [key])
        #expect(data.record(key)?.note == "Справка")
        data.apply(try Self.mark(.inProgress), to: [key])
        #expect(data.record(key)?.note == "Справка")
        #expect(data.record(key)?.doneOn == nil, "only «выполнено» has a day done")
        data.apply(try Self.mark(.inProgress, note: " "), to: [key])
        #expect(data.record(key)?.note == nil)
        #expect(data.record(key)?.history.count == 3)
    }

    @Test func theDayDoneIsNeverAfterTodayNorAYearOutsideThePeriod() throws {
        #expect(try Self.mark(.done, day: Day(year: 2019, month: 9, day: 1)!).doneOn == Day(year: 2019, month: 9, day: 1)!)
        #expect(throws: MarkRefusal(message: "02.03.2021 — день ещё не наступил; дата выполнения не может быть позже сегодняшней (01.03.2021).",
                                    brief: "ещё не наступил")) {
            try Self.mark(.done, day: Day(year: 2021, month: 3, day: 2)!)
        }
        #expect(throws: MarkRefusal(message: "31.08.2019 — больше чем на год вне периода дорожной карты (01.09.2020–31.08.2021); "
                                        + "дата выполнения — с 01.09.2019 по 31.08.2022.",
                                    brief: "вне 01.09.2019–31.08.2022")) {
            try Self.mark(.done, day: Day(year: 2019, month: 8, day: 31)!)
        }
        #expect(throws: MarkRefusal.self) { try Self.mark(.done, day: Day(year: 1, month: 1, day: 1)!) }
        // Other statuses carry no day done, so no day is refused for them.
        #expect(try Self.mark(.cancelled, day: Day(year: 1, month: 1, day: 1)!).doneOn == nil)
    }
}
