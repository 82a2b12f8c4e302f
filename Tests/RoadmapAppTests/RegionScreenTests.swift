import Testing
import RoadmapModel
@testable import RoadmapApp

/// The region's screen drawn into a grid at 80×24 and 120×40: the
/// «Муниципалитеты» pane with each one's numbers, the region's overdue list
/// naming the municipality, moving, and Enter asking to open one.
@Suite struct RegionScreenTests {
    static let names = ["Терский муниципальный район", "город Владивосток", "Соль-Илецкий городской округ", "Лесной район"]

    static func state(count: Int = 60, width: Int, height: Int) -> RegionState {
        let rows = (0..<count).map { i in
            MunicipalityRow(name: i < names.count ? names[i] : "Муниципалитет № \(i + 1)", folder: "m\(i + 1)",
                            schools: 7 + i % 5, federal500: i % 4, growthPoints: i % 3, measures: 18 + i % 10,
                            onTime: i == 1 ? "234 из 300 (78 %)" : "\(60 + i % 20) из 82 (\((60 + i % 20) * 100 / 82) %)", onTimeShort: "\((60 + i % 20) * 100 / 82) %",
                            overdue: i % 7, lastSync: "06.12.2026 21:\(String(format: "%02d", i % 60))",
                            gap: i == 3 ? "ещё не получен (roadmap region sync)" : nil)
        }
        let overdue = (0..<40).map { i in
            RegionOverdueRow(municipality: rows[i % 3].name, folder: rows[i % 3].folder, daysOverdue: 100 - i,
                             number: "\(i % 9 + 1).", title: "Проведение анализа Плана мероприятий № \(i)",
                             school: i % 2 == 0 ? "Урожайное" : nil, due: Day(year: 2022, month: 3, day: 1)!)
        }
        return RegionState(rows: rows, overdue: overdue, asOf: Day(year: 2022, month: 6, day: 15)!, width: width, height: height)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theFirstPaneListsMunicipalitiesWithTheirNumbers(_ size: (Int, Int)) {
        let state = Self.state(width: size.0, height: size.1)
        let grid = RegionApp.render(state)
        #expect(grid.line(0).contains("по состоянию на 15.06.2022"))
        #expect(grid.line(1).contains("муниципалитетов: 60 (получено 59)"), "\(grid.line(1))")
        #expect(grid.line(2).contains("Муниципалитеты"))
        for title in ["Школ", "500+", "ТР", "Мер.", "В срок", "Просроч.", "Получены"] {
            #expect(grid.line(3).contains(title), "\(title) at \(size): \(grid.line(3))")
        }
        let first = grid.line(4)
        #expect(first.contains("Терский") && first.contains(" 7 ") && first.contains("21:00"), "\(first)")
        #expect(first.contains(size.0 >= 110 ? "60 из 82 (73 %)" : "73 %"), "\(first)")
        let large = grid.lines.first { $0.contains("город Владивосток") } ?? ""
        #expect(size.0 < 110 || large.contains("234 из 300 (78 %)"), "the share is never cut: \(large)")
        let gapLine = grid.lines.first { $0.contains("Лесной район") } ?? ""
        #expect(gapLine.contains("—"), "a municipality not fetched shows no numbers: \(gapLine)")
        #expect(grid.lines.contains { $0.contains("Просрочено в муниципалитетах: 40") })
        let pane = grid.lines.firstIndex { $0.contains("Просрочено в муниципалитетах") } ?? 0
        let overdueRow = grid.line(pane + 2)
        #expect(overdueRow.contains("100") && overdueRow.contains("Терский"), "the municipality is named: \(overdueRow)")
        #expect(grid.line(size.1 - 1).contains("Enter открыть"))
        #expect(grid.lines.allSatisfy { !$0.contains("Муниципалитет № 60") }, "60 do not fit; the end is reached by keys")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theSelectionStaysInViewAndEnterOpensTheMunicipality(_ size: (Int, Int)) {
        var state = Self.state(width: size.0, height: size.1)
        #expect(RegionApp.update(&state, .key(.end)).isEmpty)
        #expect(RegionApp.render(state).lines.contains { $0.contains("Муниципалитет № 60") })
        #expect(RegionApp.update(&state, .key(.enter)) == [.open(folder: "m60", name: "Муниципалитет № 60")])
        _ = RegionApp.update(&state, .key(.home))
        _ = RegionApp.update(&state, .key(.down))
        _ = RegionApp.update(&state, .key(.character("о")))  // j on the Russian layout
        _ = RegionApp.update(&state, .key(.down))
        #expect(RegionApp.update(&state, .key(.enter)).isEmpty, "Лесной район has no copy yet")
        #expect(state.message == "Лесной район: ещё не получен (roadmap region sync)")
        #expect(RegionApp.render(state).lines.contains { $0.contains("Лесной район: ещё не получен") })
        _ = RegionApp.update(&state, .key(.tab))
        _ = RegionApp.update(&state, .key(.down))
        #expect(RegionApp.update(&state, .key(.enter)) == [.open(folder: "m2", name: "город Владивосток")],
                "Enter on a late measure opens its municipality")
        #expect(RegionApp.update(&state, .key(.character("q"))) == [.quit])
    }
}
