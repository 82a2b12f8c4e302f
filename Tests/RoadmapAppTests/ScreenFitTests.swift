import Testing
import RoadmapModel
import TextWidth
@testable import RoadmapApp

/// The screen laid out by the width it has, read off the Terek sample:
/// titles long enough to tell measures apart, the focused title whole,
/// every month named.
@Suite struct ScreenFitTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    /// What a row shows of a title before its «…».
    func shownTitle(_ row: String, after number: String) -> String? {
        guard let range = row.range(of: number) else { return nil }
        let rest = row[range.upperBound...].drop { $0 == " " }
        return rest.split(separator: "…", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
    }

    @Test(arguments: sizes)
    func titlesShowThirtyCharactersInTheTimelineAndInOverdue(width: Int, height: Int) {
        var state = Terek.state(width: width, height: height)
        let layout = state.layout
        // Measures 6 and 7 begin alike for 54 characters: both show thirty
        // here, and the selected one stands whole under the panes.
        while !(state.selectedMeasure?.number == "7.") { press(&state, .up) }
        let grid = App.render(state)
        let timeline = (layout.timeline.inner.y..<layout.timeline.inner.maxY)
            .map { grid.text(x: layout.timeline.inner.x, y: $0, count: layout.timeline.inner.width) }
        let six = timeline.first { $0.hasPrefix(" 6.") }.flatMap { shownTitle($0, after: "6.") }
        let seven = timeline.first { $0.hasPrefix("▸7.") }.flatMap { shownTitle($0, after: "7.") }
        #expect((six?.count ?? 0) >= 30, "\(six ?? "")")
        #expect((seven?.count ?? 0) >= 30, "\(seven ?? "")")
        #expect(grid.contains("7. Диагностика уровня освоения образовательных программ учащимися"))
        let overdue = (layout.overdue.inner.y..<layout.overdue.inner.maxY)
            .map { grid.text(x: layout.overdue.inner.x, y: $0, count: layout.overdue.inner.width) }
        let late = overdue.compactMap { row in row.contains("дн.") ? shownTitle(row, after: "дн.") : nil }
        #expect(!late.isEmpty)
        // «! 135 дн. 18. Час…»: past the number, thirty characters at least.
        for title in late { #expect(title.drop { $0 != " " }.count >= 30, "\(title)") }
    }

    /// Every measure in turn: its number and whole title stand under the panes.
    @Test(arguments: sizes)
    func theFocusedMeasuresWholeTitleIsOnScreen(width: Int, height: Int) {
        var state = Terek.state(width: width, height: height)
        press(&state, .home)
        var seen = Set<String>()
        while let measure = state.selectedMeasure, seen.insert(measure.id).inserted {
            let caption = state.layout.caption
            let grid = App.render(state)
            let text = (caption.y..<caption.maxY).map { grid.line($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            #expect(text == "\(measure.number) \(measure.title)")
            press(&state, .down)
        }
        #expect(seen.count == Terek.data.measures.count)
        // «Просрочено» focused: its selected item's measure.
        press(&state, .tab)
        let item = state.selectedOverdue!.measure
        #expect(App.render(state).line(state.layout.caption.y).contains("\(item.number) \(item.title.prefix(40))"))
    }

    @Test func atEightyColumnsSchoolsOpenOverTheTimelineWhileFocused() {
        var state = Terek.state(width: 80, height: 24)
        var grid = App.render(state)
        #expect(!grid.contains("Школы"))
        #expect(grid.find("┌─ Дорожная карта")?.x == 0)
        press(&state, .backTab)
        #expect(state.focus == .schools)
        grid = App.render(state)
        let schools = state.layout.schools
        #expect(grid.find("─ Школы ─")?.y == schools.y)
        for name in ["Урожайное", "Хамидие", "Красноармейское", "Нижний Курп"] {
            #expect(grid.find(name).map { $0.x < schools.maxX } == true, "\(name)")
        }
        // «Просрочено» stays in sight below it, narrowing as a school is chosen.
        press(&state, .down)
        grid = App.render(state)
        #expect(grid.contains("─ Просрочено: 3 ─"))
        press(&state, .tab)
        #expect(!App.render(state).contains("─ Школы ─"))
    }

    /// Whatever the as-of month, each of the twelve months keeps a label.
    @Test(arguments: [(60, 20), (80, 24), (100, 30), (120, 40)])
    func monthLabelsNeverVanish(width: Int, height: Int) {
        for month in 1...12 {
            var state = Terek.state(width: width, height: height)
            while state.asOf.month != month { press(&state, .character(state.asOf.month < month ? "]" : "[")) }
            let grid = App.render(state)
            let layout = state.layout
            let geometry = TimelinePane.Geometry(width: layout.timeline.inner.width, x: layout.timeline.inner.x,
                                                 measures: Terek.data.measures, period: Terek.data.roadmap.period)
            let months = grid.text(x: geometry.monthsX, y: layout.timeline.inner.y, count: geometry.monthWidth * 12)
            #expect(months.split(separator: " ").count == 12, "\(width)×\(height), as of month \(month): \(months)")
        }
    }
}
