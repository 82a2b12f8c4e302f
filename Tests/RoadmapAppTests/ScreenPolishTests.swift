import RoadmapModel
import Testing
import TextWidth
@testable import RoadmapApp

/// What an exploratory look at the Terek sample on 15.06.2022 found at
/// 60×20 … 200×60, each read back from the rendered grid.
@Suite struct ScreenPolishTests {
    static let sizes: [(Int, Int)] = [(60, 20), (80, 24), (100, 30), (200, 60)]

    func timelineHeader(_ grid: Grid, _ layout: Layout) -> String {
        grid.text(x: layout.timeline.inner.x, y: layout.timeline.inner.y, count: layout.timeline.inner.width)
    }

    @Test(arguments: sizes)
    func monthNamesStayInsideTheTimelineAndApart(width: Int, height: Int) {
        let grid = App.render(Terek.state(width: width, height: height))
        let layout = Layout(width: width, height: height)
        let border = layout.timeline.maxX - 1
        #expect(grid[border, layout.timeline.inner.y].text == "│", "the right border stands")
        let header = timelineHeader(grid, layout)
        let expected: [Int: String] = [
            60: " я  ф мр ап мй июн ил ав с  о  н  д ",
            80: " я  ф мр ап мй июн ил ав с  о  н  д ",
            100: "янв  фев  мар  апр  май  июн  июл  авг  сен  окт  ноя  дек  ",
            200: "янв   фев   мар   апр   май   июн   июл   авг   сен   окт   ноя   дек   ",
        ]
        #expect(header.hasSuffix(expected[width]!), "\(header)")
        let june = grid.find("июн", from: layout.timeline.inner.y)!
        #expect(june.y == layout.timeline.inner.y && grid[june.x, june.y].role == .today)
    }

    @Test func narrowMonthFormsAreTwelveDifferentOnes() {
        #expect(Set(RussianText.monthAbbreviations).count == 12)
        #expect(RussianText.monthAbbreviations.allSatisfy { DisplayWidth.of($0) <= 2 })
        // Three columns a month: a space, then the form; «М», «И», «А» alone are gone.
        // Before the as-of month two letters stand first, so «мй» and «июн» do not touch.
        #expect(TimelinePane.monthLabel(2, month: 3, asOfIndex: 5, width: 3)! == ("мр", 0))
        #expect(TimelinePane.monthLabel(4, month: 5, asOfIndex: 5, width: 3)! == ("мй", 0))
        #expect(TimelinePane.monthLabel(1, month: 2, asOfIndex: 5, width: 3)! == ("ф", 1))
        #expect(TimelinePane.monthLabel(4, month: 5, asOfIndex: 0, width: 3)! == ("мй", 1))
        #expect(TimelinePane.monthLabel(5, month: 6, asOfIndex: 5, width: 3)! == ("июн", 0))
    }

    @Test(arguments: sizes)
    func optionalHeaderPartsStandWholeOrNotAtAll(width: Int, height: Int) {
        let totals = App.render(Terek.state(width: width, height: height)).line(1)
        #expect(!totals.contains("(сегодня 0") || totals.contains("(сегодня 01.09.2022)"), "\(totals)")
        #expect(totals.contains("(сегодня 01.09.2022)") == (width >= 80))
        switch width {
        case 200: #expect(totals.hasSuffix("данные: /home/metodist/roadmap/terek-2022 "))
        case 100: #expect(totals.hasSuffix("данные: …/roadmap/terek-2022 "))
        default: #expect(!totals.contains("данные"))
        }
    }

    @Test func aPathIsShortenedByWholeFolders() {
        let path = "/home/metodist/roadmap/terek-2022"
        #expect(HeaderView.tail("данные: ", path, width: 60) == "данные: " + path)
        #expect(HeaderView.tail("данные: ", path, width: 29) == "данные: …/roadmap/terek-2022")
        #expect(HeaderView.tail("данные: ", path, width: 27) == "данные: …/terek-2022")
        #expect(HeaderView.tail("данные: ", path, width: 19).isEmpty)
    }

    @Test(arguments: sizes)
    func theHelpStandsOnBlankColumns(width: Int, height: Int) {
        var state = Terek.state(width: width, height: height)
        press(&state, .character("?"))
        let grid = App.render(state)
        let top = (0..<height).first { grid.line($0).contains("┌─ Справка") }!
        let left = grid.find("┌─ Справка")!.x
        let bottom = (top..<height).first { grid[left, $0].text == "└" }!
        let right = (left..<width).last { grid[$0, top].text == "┐" }!
        for y in top...bottom {
            #expect(left == 0 || grid[left - 1, y].text == " ", "row \(y) left")
            #expect(right == width - 1 || grid[right + 1, y].text == " ", "row \(y) right")
        }
        for pair in ["┌┌", "┐┐", "│┘", "│┐", "└└", "┘┘"] { #expect(grid.find(pair) == nil, "\(pair)") }
    }

    @Test(arguments: [(60, 20), (100, 30)])
    func everyEditorSaysWhatEnterAndEscDo(width: Int, height: Int) {
        let layout = Layout(width: width, height: height)
        var state = Terek.state(width: width, height: height)
        press(&state, .character("/"))
        var hints = App.render(state).line(layout.hints.y)
        #expect(hints.contains("Enter найти") && hints.contains("Esc отмена"), "\(hints)")
        #expect(!hints.contains("сохранить"))
        press(&state, .escape, .character("r"))
        hints = App.render(state).line(layout.hints.y)
        #expect(hints.contains("Enter применить") && hints.contains("Esc отмена"), "\(hints)")
        press(&state, .escape, .character("d"))
        hints = App.render(state).line(layout.hints.y)
        #expect(hints.contains("Enter сохранить") && hints.contains("Esc отменить отметку"), "\(hints)")
    }

    @Test func theHelpSaysEnterBothSavesAndFinds() {
        var state = Terek.state(width: 100, height: 30)
        press(&state, .character("?"))
        // The help scrolls where it is longer than the screen: its end holds the editors' keys.
        let top = App.render(state).lines.joined(separator: "\n")
        press(&state, .end)
        let end = App.render(state).lines.joined(separator: "\n")
        #expect((top + end).contains("Enter сохранить, найти"))
    }

    @Test(arguments: [(80, 24), (100, 30), (200, 60)])
    func theDetailSaysHowManyDaysLate(width: Int, height: Int) {
        var state = Terek.state(width: width, height: height)
        press(&state, .enter)
        #expect(Self.detail(state).contains("! муниципальный уровень — Не выполнено (срок 31.01.2022), просрочено на 135 дней."))
        var fixture = Fixture.state(width: width, height: height)
        press(&fixture, .enter)
        #expect(Self.detail(fixture).contains("! муниципальный уровень — Не выполнено (срок 31.10.2020), просрочено на 121 день."))
        #expect(DetailView.late(.overdue, window: Fixture.window(Fixture.day(2021, 2, 1), Fixture.day(2021, 2, 26)),
                                asOf: Fixture.asOf) == " на 3 дня")
        #expect(DetailView.late(.done, window: nil, asOf: Fixture.asOf).isEmpty)
    }

    /// The count column of «Школы» at a row, as printed.
    func schoolCount(_ grid: Grid, _ name: String) -> String? {
        let layout = Layout(width: grid.width, height: grid.height)
        guard let at = grid.find(name, from: layout.schools.inner.y) else { return nil }
        let row = grid.text(x: layout.schools.x, y: at.y, count: layout.schools.width)
        return row.split(separator: " ").last.map { String($0).replacingOccurrences(of: "│", with: "") }
    }

    @Test(arguments: sizes)
    func schoolCountsFollowTheResponsibleFilter(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        press(&state, .backTab)
        #expect(schoolCount(App.render(state), "Хамидие") == "!1")
        press(&state, .character("r"))
        type(&state, "отдел")
        press(&state, .enter)
        let grid = App.render(state)
        let pane = grid.find("Просрочено: 3") != nil
        #expect(pane)
        #expect(schoolCount(grid, "Все школы") == "!3")
        #expect(schoolCount(grid, "Хамидие") == "0", "1.2 belongs to «Руководители ОО», not to the department")
        #expect(schoolCount(grid, "СОШ № 7") == "0")
    }

    @Test func schoolCountsIgnoreOnlyTheSchoolFilter() {
        var state = Terek.state(width: 100, height: 30)
        press(&state, .character("r"))
        type(&state, "Руковод")
        press(&state, .enter, .backTab)
        var grid = App.render(state)
        #expect(grid.find("Просрочено: 21") != nil)
        #expect(schoolCount(grid, "Все школы") == "!21")
        // Choosing a school narrows «Просрочено», not the other schools' counts.
        press(&state, .down)
        grid = App.render(state)
        #expect(grid.find("Просрочено: 3") != nil)
        #expect(schoolCount(grid, "Все школы") == "!21")
        #expect(schoolCount(grid, "Урожайное") == "!3")
    }

    @Test(arguments: [(80, 24), (100, 30), (200, 60)])
    func controlTitlesLineUpAndSchoolsAreGathered(width: Int, height: Int) {
        let grid = App.render(Terek.state(.control, width: width, height: height))
        let long = grid.find("18. Час контроля")!
        let short = grid.find("1.  Проведение анализа школьных")!
        #expect(long.x == short.x, "numbers padded to the longest, «18.»")
        // Late in all seven schools: said once, not seven lines.
        for number in ["5.  ", "6.  ", "7.  "] {
            let row = grid.lines.first { $0.contains(number) } ?? ""
            #expect(row.contains("— все 7 школ"), "\(row)")
        }
        #expect(!grid.contains("Верхний Курп"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theDateKeyIsOnTheHintLine(width: Int, height: Int) {
        for mode in [AppMode.coordinator(readOnly: false), .control] {
            let grid = App.render(Terek.state(mode, width: width, height: height))
            let hints = grid.line(height - 1)
            #expect(hints.contains("y дата"), "\(mode): \(hints)")
            #expect(hints.contains("? справка  q выход"), "\(hints)")
        }
        let hints = App.render(Terek.state(width: width, height: height)).line(height - 1)
        #expect(hints.hasPrefix(" Пробел d выполнено  Enter подробно  Tab панель  y дата"), "\(hints)")
    }

    /// The detail's text as drawn, its wrapped lines joined back at the spaces they broke at.
    static func detail(_ state: AppState) -> String {
        DetailView.lines(state, width: DetailView.textWidth(state.layout.detail.inner)).map(\.text)
            .joined(separator: " ")
    }
}

/// The as-of line runs down the months where nothing is drawn; it never
/// falls into text such as «без срока» (measure 9, «По отдельному плану»).
@Suite("The as-of marker stays out of text")
struct AsOfMarkerTests {
    /// Tall enough that every measure of the sample is on the screen.
    @Test(arguments: [(80, 40), (120, 40), (200, 60)])
    func neverInsideTheWordsOfARow(width: Int, height: Int) {
        var day = Day(year: 2022, month: 1, day: 1)!
        var marked = 0
        while day.year == 2022 {
            var state = Terek.state(width: width, height: height)
            state.asOf = day
            let lines = App.render(state).lines
            let row = lines.first { $0.contains(" 9. ") } ?? ""
            #expect(row.contains("· без срока"), "\(day.russian): \(row)")
            if lines.contains(where: { $0.contains("┊") }) { marked += 1 }
            day = day.adding(days: 5)
        }
        #expect(marked > 50, "the marker is drawn at all")
    }
}
