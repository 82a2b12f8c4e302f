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
    /// from its files, and the same data as the index keeps it.
    static func sample() throws -> (full: RoadmapData, index: RoadmapData) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-start-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Samples.install("terek-2022-progress", into: folder)
        let full = try #require(DataDirectory(folder).load().data)
        // The dashboard reads the plan files beside the index.
        let plan = RoadmapData(roadmap: full.roadmap, schools: full.schools, measures: full.measures)
        return (full, try #require(OverdueIndex(data: full, sources: [], builtAt: 0).data(plan: plan)))
    }

    static func state(_ data: RoadmapData, today: Day, loading: Bool = false) -> AppState {
        AppState(data: data, directory: "/data", mode: .coordinator(readOnly: false), today: today,
                 width: 120, height: 40, user: "Шидукова Л.П.", detailLoading: loading)
    }

    @Test(arguments: ["2022-03-01", "2022-06-30", "2022-11-15"])
    func theFirstScreenIsTheOneTheJSONGives(day: String) throws {
        let (full, index) = try Self.sample()
        #expect(full != index, "the index keeps no notes and no authors")
        let today = try #require(Day.parse(day))
        let fromJSON = App.render(Self.state(full, today: today)).lines
        var fromIndex = Self.state(index, today: today, loading: true)
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
        #expect(App.render(fromIndex).lines == fromJSON)
    }

    @Test func noChangeIsTakenBeforeTheFullDataIsIn() throws {
        let (full, index) = try Self.sample()
        var state = Self.state(index, today: try #require(Day.parse("2022-06-30")), loading: true)
        for key: Key in [.character(" "), .character("d"), .character("e"), .character("a"), .character("u")] {
            #expect(press(&state, key).isEmpty)
            #expect(state.message == StatusMessage.detailLoading)
            #expect(state.form == nil && state.input == .none)
        }
        #expect(state.data == index)
        // Keys that only look still work meanwhile.
        let before = state.focus
        press(&state, .tab)
        #expect(state.focus != before)
        _ = App.update(&state, .detailLoaded(.data(full)))
        #expect(state.refusal == nil)
    }

    @Test func unreadableFilesBehindTheIndexKeepSavingOff() throws {
        let (_, index) = try Self.sample()
        var state = Self.state(index, today: try #require(Day.parse("2022-06-30")), loading: true)
        let error = Diagnostic(.error, file: "progress/schools/khamidie.json", line: 3, column: 1, message: "ожидается значение")
        _ = App.update(&state, .detailLoaded(.unreadable([error])))
        #expect(!state.detailLoading)
        #expect(state.savingBlocked == "progress/schools/khamidie.json:3:1: ожидается значение")
        #expect(state.message?.isError == true)
        #expect(press(&state, .character(" ")).isEmpty)
    }
}
