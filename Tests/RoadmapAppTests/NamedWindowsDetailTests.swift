import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// A cell naming its dates («предварительный отчёт – …, итоговый – …»):
/// the detail reads the windows with their names and names the occurrence
/// it is about; a mark says which one it concerns.
@Suite struct NamedWindowsDetailTests {
    static func state() throws -> AppState {
        let directory = try #require(Samples.directory(named: "vladivostok-2020"))
        var data = try #require(DataDirectory(directory).load().data)
        let index = try #require(data.measures.firstIndex { $0.id == "1.1" })
        data.measures[index].deadline = "предварительный отчёт – 10 декабря 2020 года, итоговый – 25 декабря 2020 года"
        let asOf = try #require(Day(year: 2020, month: 12, day: 20))
        return AppState(data: data, directory: directory.path, mode: .coordinator(readOnly: false), today: asOf,
                        asOf: asOf, width: 160, height: 50, schedule: Schedule(data), user: "Иванова Л.П.",
                        now: "2020-12-20T09:00:00+10:00")
    }

    @Test func theDetailNamesTheWindowsAndTheOccurrence() throws {
        var state = try Self.state()
        for _ in 0..<60 where state.selectedMeasure?.id != "1.1" { press(&state, .up) }
        #expect(state.selectedMeasure?.id == "1.1", "\(String(describing: state.selectedMeasure?.id))")
        press(&state, .enter)
        #expect(state.detailOpen)
        let text = App.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Срок прочитан: предварительный отчёт: 10.12.2020; итоговый: 25.12.2020"),
                "\(text)")
        // On 20.12 the latest occurrence already due is the first one.
        #expect(text.contains("Срок: предварительный отчёт: 10.12.2020"), "\(text)")
    }

    @Test func theScheduleNamesTheOccurrenceByTheCell() throws {
        let state = try Self.state()
        let key = ProgressKey(measure: "1.1", occurrence: Day(year: 2020, month: 12, day: 25))
        #expect(state.schedule.occurrenceName(of: key, in: state.data) == "итоговый")
        let deadline = state.schedule.deadline(of: try #require(state.data.measure("1.1")))
        #expect(deadline.name(endingOn: try #require(Day(year: 2020, month: 12, day: 10))) == "предварительный отчёт")
        #expect(deadline.name(ofWindow: 5) == nil)
        #expect(deadline.hasNames)
    }
}
