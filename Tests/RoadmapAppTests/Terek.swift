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
}
