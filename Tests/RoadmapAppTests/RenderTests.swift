import RoadmapModel
import Testing
import TextWidth
@testable import RoadmapApp

@Suite struct RenderTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (200, 60)]

    @Test(arguments: sizes)
    func headerAndPaneTitlesInRussian(width: Int, height: Int) {
        let grid = App.render(Fixture.state(width: width, height: height))
        #expect(grid.width == width && grid.height == height)
        #expect(grid.line(0).contains("по состоянию на 01.03.2021"))
        #expect(grid.line(0).hasPrefix(" План мероприятий («дорожная карта»)"))
        #expect(grid[1, 0].role == .header)
        let totals = grid.line(1)
        #expect(totals.contains("город Владивосток"))
        if width >= 120 {
            #expect(totals.contains("✓ выполнено 6 · ▓ выполняется 1 · ! просрочено 5"))
        } else {
            #expect(totals.contains("· ✓ 6 · ▓ 1 · ! 5"))
        }
        let overdueTotal = grid.find("! ", from: 1)!
        #expect(overdueTotal.y == 1 && grid[overdueTotal.x, 1].role == .overdue)
        #expect(totals.contains("данные: /srv/roadmap/vladivostok"))
        // Below 120 columns «Школы» opens only while it has the focus.
        #expect(grid.contains("─ Школы ─") == (width >= Layout.schoolsBesideWidth))
        var schools = Fixture.state(width: width, height: height)
        press(&schools, .backTab)
        #expect(App.render(schools).contains("─ Школы ─"))
        #expect(grid.contains("─ Дорожная карта ─"))
        #expect(grid.contains("─ Просрочено: 5 ─"))
        for y in 0..<height { #expect(DisplayWidth.of(grid.line(y)) == width, "row \(y)") }
    }

    @Test(arguments: sizes)
    func schoolsPaneListsEverySchoolAfterAllSchools(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        // Below 120 columns the pane opens over the timeline while focused.
        let opened = width < Layout.schoolsBesideWidth
        if opened { press(&state, .backTab) }
        let grid = App.render(state)
        let all = grid.find("Все школы")
        #expect(all?.x == 2 && all?.y == 3)
        let first = grid.find("Урожай")
        #expect(first?.y == 4)
        #expect(grid.find("Хамидие")?.y == 5)
        #expect(grid.find("СОШ № 7")?.y == 6)
        // «Все школы» is selected; focused only where it had to be opened.
        #expect(grid[2, 3].role == (opened ? .selection : .selectionUnfocused))
        #expect(grid[1, 3].text == "▸")
        let flags = width >= 120 ? "500+ ТР" : "500+"
        #expect(grid.find(flags)?.y == 4)
        // Хамидие: one late occurrence (1.2), drawn as «!1» in the overdue role.
        let count = grid.find("!1", from: 5)
        #expect(count?.y == 5)
        #expect(count.map { grid[$0.x, $0.y].role } == .overdue)
        #expect(grid.cells("█", row: 4).allSatisfy { $0.role == .done })
    }

    @Test func noSchoolsShowsAMutedLine() {
        var data = Fixture.data
        data.schools = []
        var state = Fixture.state(width: 120, height: 40, data: data)
        // No empty pane takes the width: the timeline starts at the left edge.
        #expect(App.render(state).find("┌─ Дорожная карта")?.x == 0)
        #expect(!App.render(state).contains("Все школы"))
        press(&state, .backTab)
        let grid = App.render(state)
        #expect(grid.find("Все школы")?.y == 3)
        let line = grid.find("школы не указаны")
        #expect(line?.y == 4)
        #expect(line.map { grid[$0.x, $0.y].role } == .muted)
    }

    @Test(arguments: sizes)
    func timelineDrawsStatusesWithRolesAndGlyphs(width: Int, height: Int) {
        let grid = App.render(Fixture.state(width: width, height: height))
        let pane = Layout(width: width, height: height).timeline.x
        #expect(grid.find("сен")?.y == 3 || width < 100)
        #expect(grid.find("I. Диагностическ")?.y == 4)
        let row11 = grid.find("1.1.")!.y
        let row12 = grid.find("1.2.")!.y
        #expect(grid.cells("!", row: row12, from: pane).count >= 2)
        #expect(grid.cells("!", row: row12, from: pane).allSatisfy { $0.role == .overdue })
        let row21 = grid.find("2.1.", from: 4)!.y
        // September to December done, January and February late, the rest ahead.
        let done = grid.cells("✓", row: row21), late = grid.cells("!", row: row21)
        #expect(!done.isEmpty && done.allSatisfy { $0.role == .done })
        #expect(!late.isEmpty && late.allSatisfy { $0.role == .overdue })
        #expect(grid.cells("░", row: row21).allSatisfy { $0.role == .upcoming })
        #expect(done.count == late.count * 2, "four done months, two late ones, same width each")
        let row22 = grid.find("2.2.", from: 4)!.y
        #expect(!grid.cells("▓", row: row22).isEmpty)
        #expect(grid.cells("▓", row: row22).allSatisfy { $0.role == .inProgress })
        let row23 = grid.find("2.3.", from: 4)!.y
        let unread = grid.find("срок не распознан", from: row23)
        #expect(unread?.y == row23)
        #expect(unread.map { grid[$0.x, $0.y].role } == .unscheduled)
        // The as-of marker sits in the March column of rows with nothing there.
        #expect(grid.cells("┊", row: row11).count == 1)
        #expect(grid.cells("┊", row: row11).first?.role == .today)
    }

    @Test(arguments: sizes)
    func theSelectedMeasureAndOccurrenceAreHighlighted(width: Int, height: Int) {
        let grid = App.render(Fixture.state(width: width, height: height))
        let pane = Layout(width: width, height: height).timeline.x
        let label = grid.find("1.1. Проведение")!
        #expect(grid[label.x, label.y].role == .selection)
        #expect(!grid.cells("!", row: label.y, from: pane).isEmpty)
        #expect(grid.cells("!", row: label.y, from: pane).allSatisfy { $0.role == .selection },
                "the only window of 1.1 is the selected occurrence")
        let other = grid.find("1.2. Разработка")!
        #expect(grid[other.x, other.y].role == .normal)
    }

    @Test(arguments: sizes)
    func longTitlesAreCutByDisplayWidth(width: Int, height: Int) {
        let state = Fixture.state(width: width, height: height)
        let grid = App.render(state)
        let start = grid.find("3.1.")!
        let geometry = TimelinePane.Geometry(width: Layout(width: width, height: height).timeline.inner.width,
                                             x: start.x, measures: state.data.measures,
                                             period: state.data.roadmap.period)
        let label = grid.text(x: start.x, y: start.y, count: geometry.labelWidth)
        #expect(label.hasPrefix("3.1. Семинар 学"))
        #expect(label.contains("…"))
        #expect(DisplayWidth.of(label) <= geometry.labelWidth)
        // The wide characters keep their continuation cells.
        let wide = grid.find("学")!
        #expect(grid[wide.x + 1, wide.y].isContinuation)
        #expect(!label.contains("результатами"))
    }

    @Test(arguments: sizes)
    func overduePaneListsLongestFirst(width: Int, height: Int) {
        let grid = App.render(Fixture.state(width: width, height: height))
        let title = grid.find("Просрочено: 5")!
        // 80×24 shows three items; the last two are read one page down.
        var scrolled = Fixture.state(width: width, height: height)
        let visible = scrolled.layout.overdueRows
        press(&scrolled, .tab, .end)
        let below = App.render(scrolled)
        let rows = (1...5).map { $0 <= visible ? grid.line(title.y + $0) : below.line(title.y + $0 + visible - 5) }
        #expect(rows[0].contains("! 121 дн. 1.1."))
        #expect(rows[1].contains("! 60 дн.  1.2."))
        #expect(rows[2].contains("! 60 дн.  1.2."))
        #expect(rows[3].contains("! 29 дн.  2.1."))
        #expect(rows[4].contains("! 1 дн.   2.1."))
        #expect(rows[2].contains("Хамидие"))
        if width >= 120 { #expect(rows[1].contains("Руководители ОО")) }
        let days = grid.find("! 121")!
        #expect(grid[days.x, days.y].role == .overdue)
    }

    @Test(arguments: sizes)
    func helpOverlayListsTheKeysOfBothLayouts(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        press(&state, .function(1))
        let grid = App.render(state)
        // Where it fits it shows whole; where it does not, the arrows scroll
        // to the rest and the bottom line says so.
        let scrolls = grid.line(height - 1).contains("листать")
        #expect(grid.contains("Справка — любая клавиша закрывает") == !scrolls)
        #expect(grid.line(height - 1).contains(scrolls ? "другая клавиша" : "любая клавиша"))
        #expect(scrolls == (height < 60), "the help fits whole at 200×60 only")
        var lines = grid.lines
        if scrolls {
            press(&state, .end)
            lines += App.render(state).lines
        }
        let text = lines.joined(separator: "\n")
        for wanted in ["q/й F10", "выход", "d/в", "выполнено, с отметкой", "[/х", "/ .", "Tab", "следующая панель",
                       "! просрочено", "✓ выполнено", "┊ дата «по состоянию на»", "▸ выбранная строка",
                       "500+ проект «500+»", "ТР «Точка роста»"] {
            #expect(text.contains(wanted), "\(wanted)")
        }
        // The editor's keys are listed at every size now, scrolled to at 24 lines.
        #expect(text.contains("Ctrl-← Ctrl-→"))
        if !scrolls {
            let legend = grid.find("✓ выполнено")!
            #expect(grid[legend.x, legend.y].role == .done)
        }
    }

    @Test func tooSmallAWindowSaysSo() {
        for (w, h) in [(59, 24), (80, 15), (40, 10)] {
            let grid = App.render(Fixture.state(width: w, height: h))
            let text = grid.lines.joined(separator: " ")
            // Narrower than the sentence, it is wrapped, never cut.
            let words = text.split(separator: " ").joined(separator: " ")
            #expect(words.contains("окно слишком мало: нужно не меньше 60×16"))
            #expect(words.contains("сейчас \(w)×\(h)"))
            #expect(!grid.contains("Дорожная карта"))
        }
        let message = App.render(Fixture.state(width: 59, height: 16))
        #expect(message.contains("окно слишком мало: нужно не меньше 60×16"))
        #expect(!App.render(Fixture.state(width: 60, height: 16)).contains("окно слишком мало"))
    }

    @Test func tooSmallStillQuits() {
        var state = Fixture.state(width: 40, height: 10)
        #expect(press(&state, .character("d")).isEmpty)
        #expect(state.input == .none)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func resizeRedrawsAtTheNewSize() {
        var state = Fixture.state(width: 80, height: 24)
        _ = App.update(&state, .resize(width: 130, height: 45))
        let grid = App.render(state)
        #expect(grid.width == 130 && grid.height == 45)
        #expect(grid.line(1).contains("данные: /srv/roadmap/vladivostok"))
        _ = App.update(&state, .resize(width: 50, height: 12))
        #expect(App.render(state).contains("окно слишком мало"))
    }

    @Test(arguments: sizes)
    func detailShowsTheWholeMeasure(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        while state.selectedMeasure?.id != "3.2" { press(&state, .down) }
        press(&state, .enter)
        #expect(state.detailOpen)
        let grid = App.render(state)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("3.2. Учёт ёмкости методических объединений"))
        #expect(text.contains("Срок исполнения: Январь 2021 года"))
        #expect(text.contains("Срок прочитан: 01.01.2021 – 31.01.2021"))
        #expect(text.contains("Ответственные: Отдел общего образования УРМУО"))
        #expect(text.contains("✓ муниципальный уровень — Выполнено 29.01.2021"))
        #expect(text.contains("Отметка о выполнении: нет"))
        #expect(text.contains("15.01.2021 10:00 Иванова Л.П.: выполнено 29.01.2021"))
        #expect(text.contains("15.01.2021 10:00 Иванова Л.П.: выполняется"))
        #expect(!grid.contains("Просрочено: 5"), "the detail covers the right-hand panes")
        press(&state, .escape)
        #expect(!state.detailOpen)
        #expect(App.render(state).contains("Просрочено: 5"))
    }

    @Test func detailWrapsTheFullTitleAndSaysWhenTheDeadlineIsUnread() {
        var state = Fixture.state(width: 80, height: 24)
        while state.selectedMeasure?.id != "3.1" { press(&state, .down) }
        press(&state, .enter)
        var text = App.render(state).lines.joined(separator: " ")
        #expect(text.contains("学校改善"))
        #expect(text.contains("результатами"), "the detail shows the title uncut")
        press(&state, .up, .escape, .up)
        #expect(state.selectedMeasure?.id == "2.3")
        press(&state, .enter)
        text = App.render(state).lines.joined(separator: " ")
        #expect(text.contains("срок не распознан"))
    }

    @Test func detailShowsStatusPerSchool() {
        var state = Fixture.state(width: 120, height: 40)
        press(&state, .down, .enter)
        let text = App.render(state).lines.joined(separator: "\n")
        #expect(text.contains("✓ Урожайное — Выполнено 20.12.2020"))
        #expect(text.contains("Отметка о выполнении: Программа утверждена приказом № 12"))
        #expect(text.contains("! Хамидие — Не выполнено (срок 31.12.2020), просрочено на 60 дней."))
        #expect(text.contains("! СОШ № 7 Соль-Илецк — Не выполнено (срок 31.12.2020), просрочено на 60 дней."))
        #expect(text.contains("[Урожайное]: выполнено"))
    }

    @Test func theNoteEditorSitsOnTheStatusLine() {
        var state = Fixture.state(width: 80, height: 24)
        press(&state, .character(" "))
        type(&state, "Справка 学校")
        let grid = App.render(state)
        #expect(grid.line(22).hasPrefix("Отметка о выполнении: Справка 学校"))
        #expect(grid[30, 22].role == .input)
        let cursor = App.cursor(state)
        #expect(cursor?.y == 22)
        #expect(cursor?.x == DisplayWidth.of("Отметка о выполнении: Справка 学校"))
        #expect(grid.line(23).contains("Esc отменить отметку"))
        press(&state, .escape)
        #expect(App.cursor(state) == nil)
    }
}

@Suite struct TimelineEdgeTests {
    @Test func aWindowOutsideThePeriodIsSaidSo() {
        var deadlines = Fixture.deadlines
        deadlines["3.1"] = Deadline(phrase: "Декабрь 2022 г.", kind: .windows,
                                    windows: [DateWindow(start: Fixture.day(2022, 12, 1), end: Fixture.day(2022, 12, 31))])
        let state = AppState(data: Fixture.data, directory: "", mode: .coordinator(readOnly: true),
                             today: Fixture.today, width: 120, height: 40, schedule: Schedule(deadlines: deadlines))
        let grid = App.render(state)
        let row = grid.find("3.1.")!.y
        #expect(grid.find("· вне периода дорожной карты", from: row)?.y == row)
    }

    @Test func aCalendarYearRoadmapRunsJanuaryToDecember() {
        var data = Fixture.data
        data.roadmap.period = .calendar(year: 2021)
        let grid = App.render(Fixture.state(width: 120, height: 40, data: data))
        let january = grid.find("янв")!, december = grid.find("дек")!
        #expect(january.y == 3 && december.y == 3)
        #expect(january.x < december.x)
        #expect(grid.find("сен")!.x > january.x)
        // As of 01.03.2021 the March column carries the marker role.
        let march = grid.find("мар")!
        #expect(grid[march.x, march.y].role == .today)
    }
}

@Suite struct NarrowTimelineTests {
    /// With «Школы» folded away sixty columns hold every month's short form.
    @Test func atSixtyColumnsEveryMonthIsNamedAndTheAsOfMonthInFull() {
        let grid = App.render(Fixture.state(width: 60, height: 16))
        let header = grid.line(3)
        #expect(header.contains(" с  о  н  д  я  ф мар ап мй ин ил ав"), "\(header)")
        let march = grid.find("мар")!
        #expect(grid[march.x, march.y].role == .today)
    }
}
