import Foundation
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// The bundled Terek 2022 sample, as `roadmap init DIR --sample terek-2022`
/// writes it, opened on 15.06.2022 — the data the screen was checked with.
enum Terek {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/RoadmapStore/Samples/terek-2022")

    static let data: RoadmapData = {
        guard let data = DataDirectory(folder).load().data else { fatalError("the Terek sample does not load") }
        return data
    }()

    static func state(_ mode: AppMode = .coordinator(readOnly: false), width: Int, height: Int) -> AppState {
        AppState(data: data, directory: "/home/metodist/roadmap/terek-2022", mode: mode,
                 today: Day(year: 2022, month: 9, day: 1)!, asOf: Day(year: 2022, month: 6, day: 15)!,
                 width: width, height: height, user: "Шидукова Л.П.", now: "2022-09-01T09:00:00+03:00")
    }

    /// `terek-2022-progress`, the first-use default: the plan with the year's marks.
    static let marked: RoadmapData = {
        let sample = folder.deletingLastPathComponent().appendingPathComponent("terek-2022-progress")
        guard let data = DataDirectory(sample).load().data else { fatalError("the marked Terek sample does not load") }
        return data
    }()

    /// Today, as the first run of the quick start meets it: years after the plan.
    static let later = Day(year: 2026, month: 12, day: 6)!

    /// The marked sample opened with no date asked for, on `later`.
    static func firstRun(width: Int, height: Int, notice: String? = nil) -> AppState {
        AppState(data: marked, directory: "/home/metodist/.local/share/roadmap", mode: .coordinator(readOnly: false),
                 today: later, width: width, height: height, user: "Шидукова Л.П.", now: "2026-12-06T10:15:00+03:00",
                 notice: notice)
    }
}
