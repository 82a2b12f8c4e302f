import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// What a person waits for in the dashboard: from start to the first full
/// frame (load, state, render into the grid), and one arrow key handled and
/// drawn. The terminal itself is left out: drawing a grid through ncurses
/// sends only changed cells and does not depend on the size of the region.
enum DashboardTimings {
    static func measure(directory: DataDirectory, index: [UInt8], asOf: Day, runs: Int, warmup: Int = 0,
                        width: Int = 120, height: Int = 40) -> [Measurement] {
        var state: AppState?
        func start(_ data: RoadmapData, indexed: IndexedProgress? = nil) -> AppState {
            let fresh = AppState(data: data, directory: directory.root.path, mode: .coordinator(readOnly: false),
                                 today: asOf, width: width, height: height, user: "bench",
                                 detailLoading: indexed != nil, indexed: indexed)
            _ = App.render(fresh)
            return fresh
        }
        let firstFrame = Measurement.time("first frame", runs: runs, warmup: warmup) {
            guard let data = directory.load().data else { return }
            state = start(data)
        }
        guard var running = state else { return [firstFrame] }
        // The same start with the data already in memory: what the app layer
        // itself costs, apart from reading the files.
        let stateAndRender = Measurement.time("state + render", runs: runs, warmup: warmup) { _ = start(running.data) }
        // The start proposed for regions: statuses from the index for the
        // first frame, the JSON read behind it.
        let fromIndex = Measurement.time("first frame via index", runs: runs, warmup: warmup) {
            guard let decoded = try? OverdueIndex(decoding: index) else { return }
            // The index's own plan stands for the plan files here.
            let plan = RoadmapData(roadmap: decoded.roadmap, schools: decoded.schools, measures: decoded.measures)
            guard let progress = IndexedProgress(decoded, plan: plan) else { return }
            _ = start(plan, indexed: progress)
        }
        var down = true
        let key = Measurement.time("one key + render", runs: max(runs, 50), warmup: warmup) {
            // Alternate so the selection keeps moving inside the list.
            _ = App.update(&running, .key(down ? .down : .up))
            down.toggle()
            _ = App.render(running)
        }
        // Shift-Tab from the timeline: the «Школы» pane has the keys.
        while running.focus != .schools { _ = App.update(&running, .key(.backTab)) }
        let schoolKey = Measurement.time("choose a school", runs: runs, warmup: warmup) {
            _ = App.update(&running, .key(down ? .down : .up))
            down.toggle()
            _ = App.render(running)
        }
        return [firstFrame, stateAndRender, fromIndex, key, schoolKey]
    }
}
