import Foundation
import Testing
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// The dashboard's frames, drawn in memory, for a data directory: the first
/// one and one after each key, as of 31.12.2022.
func dashboardScreens(_ dir: String, keys: [Key], width: Int) throws -> [Grid] {
    let data = try #require(DataDirectory(URL(fileURLWithPath: dir)).load().data)
    var state = AppState(data: data, directory: dir, mode: .coordinator(readOnly: false),
                         today: Day(year: 2022, month: 12, day: 31)!, width: width, height: 50)
    var screens = [App.render(state)]
    for key in keys {
        _ = App.update(&state, .key(key))
        screens.append(App.render(state))
    }
    return screens
}
