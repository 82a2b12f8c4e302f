import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// The dashboard opens on the statuses of the overdue index while the full
/// data is read behind it: the first screen is the one the JSON gives, no
/// change is taken until the full data is in, and then nothing moves.
@Suite struct DashboardFromIndexTests {
    /// The sample with the notes and history of a school year, as loaded
    /// from its files; the plan files alone, as the dashboard reads them
    /// beside the index; and the records as the index keeps them.
    static func sample() throws -> (full: RoadmapData, plan: RoadmapData, index: IndexedProgress) {
        let full = try Self.full()
        let plan = RoadmapData(roadmap: full.roadmap, schools: full.schools, measures: full.measures)
        let index = OverdueIndex(data: full, sources: [], builtAt: 0)
        return (full, plan, try #require(IndexedProgress(index, plan: plan)))
    }

    static func full(_ name: String = "terek-2022-progress") throws -> RoadmapData {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-start-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Samples.install(name, into: folder)
        return try #require(DataDirectory(folder).load().data)
    }

    static func state(_ data: RoadmapData, today: Day, loading: Bool = false,
                      indexed: IndexedProgress? = nil) -> AppState {
        AppState(data: data, directory: "/data", mode: .coordinator(readOnly: false), today: today,
                 width: 120, height: 40, user: "Шидукова Л.П.", detailLoading: loading, indexed: indexed)
    }

    /// The first screen from the index as it opens.
    static func fromIndex(_ sample: (full: RoadmapData, plan: RoadmapData, index: IndexedProgress),
                          today: Day) -> AppState {
        state(sample.plan, today: today, loading: true, indexed: sample.index)
    }

    @Test(arguments: ["2022-03-01", "2022-06-30", "2022-11-15"])
    func theFirstScreenIsTheOneTheJSONGives(day: String) throws {
        let sample = try Self.sample()
        let full = sample.full
        let today = try #require(Day.parse(day))
        let fromJSON = App.render(Self.state(full, today: today)).lines
        var fromIndex = Self.fromIndex(sample, today: today)
        #expect(fromIndex.data.progressCount == 0, "the records stay in the index")
        // The last line lists the keys that work: the ones that change
        // something come once the full data is in.
        let first = App.render(fromIndex).lines
        #expect(first.dropLast() == fromJSON.dropLast())
        #expect(first.last != fromJSON.last)
        // The full data arrives: the screen it gives is the JSON's, and so
        // is everything the detail shows from then on.
        #expect(App.update(&fromIndex, .detailLoaded(.data(full))).isEmpty)
        #expect(!fromIndex.detailLoading)
        #expect(fromIndex.data == full)
        #expect(fromIndex.indexed == nil)
        #expect(App.render(fromIndex).lines == fromJSON)
    }

    @Test func noChangeIsTakenBeforeTheFullDataIsIn() throws {
        let sample = try Self.sample()
        let full = sample.full
        var state = Self.fromIndex(sample, today: try #require(Day.parse("2022-06-30")))
        for key: Key in [.character(" "), .character("d"), .character("e"), .character("a"), .character("u")] {
            #expect(press(&state, key).isEmpty)
            #expect(state.message == StatusMessage.detailLoading)
            #expect(state.form == nil && state.input == .none)
        }
        #expect(state.data == sample.plan)
        // Keys that only look still work meanwhile.
        let before = state.focus
        press(&state, .tab)
        #expect(state.focus != before)
        _ = App.update(&state, .detailLoaded(.data(full)))
        #expect(state.refusal == nil)
    }

    @Test func unreadableFilesBehindTheIndexKeepSavingOff() throws {
        var state = Self.fromIndex(try Self.sample(), today: try #require(Day.parse("2022-06-30")))
        let error = Diagnostic(.error, file: "progress/schools/khamidie.json", line: 3, column: 1, message: "ожидается значение")
        _ = App.update(&state, .detailLoaded(.unreadable([error])))
        #expect(!state.detailLoading)
        #expect(state.savingBlocked == "progress/schools/khamidie.json:3:1: ожидается значение")
        #expect(state.message?.isError == true)
        #expect(press(&state, .character(" ")).isEmpty)
    }

    /// Looking around before the full data is in — a school chosen, the
    /// detail opened, the date moved — shows what the index's records give
    /// when they are all built into the data, screen by screen.
    @Test func lookingAroundShowsWhatTheIndexsRecordsGive() throws {
        let sample = try Self.sample()
        let today = try #require(Day.parse("2022-03-01"))
        let built = try #require(OverdueIndex(data: sample.full, sources: [], builtAt: 0).data(plan: sample.plan))
        var fromIndex = Self.fromIndex(sample, today: today)
        var fromBuilt = Self.state(built, today: today, loading: true)
        #expect(App.render(fromIndex).lines == App.render(fromBuilt).lines)
        // Detail on the timeline, then on «Просрочено», a month on, a school
        // chosen in «Школы», back to the timeline with it, a month back.
        let steps: [[Key]] = [
            [.enter], [.down, .down], [.tab], [.down, .enter], [.character("]")], [.tab], [.down, .down, .down],
            [.tab], [.down, .down], [.character("[")], [.escape],
        ]
        var schoolsChosen: Set<String> = []
        for keys in steps {
            for key in keys {
                press(&fromIndex, key)
                press(&fromBuilt, key)
            }
            #expect(App.render(fromIndex).lines == App.render(fromBuilt).lines, "after \(keys)")
            if let school = fromIndex.filters.school { schoolsChosen.insert(school) }
        }
        #expect(!schoolsChosen.isEmpty)
        #expect(fromIndex.indexed != nil && fromIndex.detailLoading)
    }
}
