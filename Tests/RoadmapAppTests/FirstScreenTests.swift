import Testing
import RoadmapModel
@testable import RoadmapApp

/// The quick start's first screen: the default sample, a 2022 roadmap,
/// opened years later with no date asked for.
@Suite struct FirstScreenTests {
    static let notice = "Создан каталог данных из примера «terek-2022-progress»: /home/metodist/.local/share/roadmap"

    @Test func aPeriodOverOpensOnItsLastDay() {
        let state = Terek.firstRun(width: 80, height: 24)
        #expect(state.asOf == Day(year: 2022, month: 12, day: 31)!)
        #expect(state.view.overdue.allSatisfy { $0.daysOverdue < 366 }, "nothing is years late")
        #expect(state.summary.doneCount > 0, "the year's marks count")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theHeaderSaysThePlanIsOverAndHowToSeeToday(width: Int, height: Int) {
        let grid = App.render(Terek.firstRun(width: width, height: height, notice: Self.notice))
        let header = grid.line(0)
        if width >= 120 {
            #expect(header.contains("план на 2022 год завершён — показано на 31.12.2022; t — сегодня"), "\(header)")
        } else {
            #expect(header.contains("план на 2022 год завершён — на 31.12.2022; t — сегодня"), "\(header)")
        }
        #expect(header.hasPrefix(" План мероприятий"), "the title keeps its place")
        #expect(grid.line(1).contains("(сегодня 06.12.2026)"))
        // Marks are on screen, nothing is counted in years.
        #expect(grid.contains("✓✓✓"))
        #expect(!grid.contains("просрочено на 1"))
        let title = grid.find("Просрочено:")!
        let first = grid.line(title.y + 1)
        #expect(first.contains("! 245 дн. 7."), "\(first)")
    }

    /// «Час контроля» opens on the same day and says why.
    @Test func theControlScreenOpensOnTheLastDayToo() {
        let state = AppState(data: Terek.marked, directory: "d", mode: .control, today: Terek.later, width: 120, height: 40)
        #expect(state.asOf == Day(year: 2022, month: 12, day: 31)!)
        #expect(App.render(state).line(0).contains("план на 2022 год завершён — показано на 31.12.2022; t — сегодня"))
    }

    /// The line saying the data directory was just made is on the first
    /// screen, where it can be read, until the first key.
    @Test(arguments: [(80, 24), (120, 40)])
    func theNoticeIsOnTheStatusLine(width: Int, height: Int) {
        var state = Terek.firstRun(width: width, height: height, notice: Self.notice)
        let line = App.render(state).line(height - 2)
        #expect(line.hasPrefix(" Создан каталог данных из примера «terek-2022-progress»: /home/metodist/"), "\(line)")
        press(&state, .down)
        #expect(!App.render(state).contains("Создан каталог данных"))
    }

    /// `t` goes to today: the plan is then all late, and the header says
    /// so the usual way.
    @Test func tShowsToday() {
        var state = Terek.firstRun(width: 120, height: 40)
        press(&state, .character("t"))
        #expect(state.asOf == Terek.later)
        let header = App.render(state).line(0)
        #expect(header.contains("по состоянию на 06.12.2026"))
        #expect(!header.contains("завершён"))
    }

    /// A date asked for on the command line is kept, over or not.
    @Test func aDateAskedForIsKept() {
        let june = Day(year: 2022, month: 6, day: 15)!
        let state = AppState(data: Terek.marked, directory: "d", mode: .coordinator(readOnly: false),
                             today: Terek.later, asOf: june)
        #expect(state.asOf == june)
        #expect(App.render(state).line(0).contains("по состоянию на 15.06.2022"))
    }

    /// Inside the period nothing changes: today, as before.
    @Test func insideThePeriodItOpensOnToday() {
        let today = Day(year: 2022, month: 9, day: 1)!
        let state = AppState(data: Terek.marked, directory: "d", mode: .coordinator(readOnly: false), today: today)
        #expect(state.asOf == today)
        #expect(!App.render(state).line(0).contains("завершён"))
    }
}
