import Testing
import RoadmapModel
import TextWidth
@testable import RoadmapApp

/// «Час контроля» projected at 120×40 on the Terek sample: every count on
/// the screen adds up to the total, one line a measure, read off the grid.
@Suite struct ControlScreenTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    /// The numbers after «— » in the group headings.
    func headingCounts(_ grid: Grid) -> [Int] {
        grid.lines.compactMap { line in
            guard let dash = line.range(of: " — "), line.contains("────"),
                  let count = line[dash.upperBound...].split(separator: " ").first else { return nil }
            return Int(count)
        }
    }

    /// The first number after `label` on line 1.
    func total(_ grid: Grid, _ label: String) -> Int? {
        guard let range = grid.line(1).range(of: label) else { return nil }
        return Int(grid.line(1)[range.upperBound...].prefix { $0.isNumber })
    }

    @Test(arguments: sizes)
    func theGroupsAddUpToTheTotalEitherWay(width: Int, height: Int) {
        var state = Terek.state(.control, width: width, height: height)
        var grid = App.render(state)
        let measures = Set(Terek.state(width: 120, height: 40).summary.overdue.map(\.measure.id)).count
        #expect(total(grid, "Просрочено мероприятий: ") == measures)
        #expect(headingCounts(grid) == [3, 2, 1], "Руководители ОО, ИМЦ УО, Управление образования")
        #expect(headingCounts(grid).reduce(0, +) == measures)
        // Two responsible: under the first named, the other beside it.
        let five = grid.lines.first { $0.contains(" 5.  Проведение") } ?? ""
        #expect(five.hasSuffix("— все 7 школ · также: ИМЦ УО ") || width < 120, "\(five)")
        #expect(grid.lines.filter { $0.contains(" 5.  Проведение") }.count == 1)
        press(&state, .character("g"))
        grid = App.render(state)
        let pairs = Set(state.summary.overdue.map { "\($0.measure.id) \($0.key.school ?? "")" }).count
        #expect(total(grid, "Просрочено по школам: ") == pairs)
        #expect(pairs == 24)
        // The rows that fit: the first groups, each «3 мероприятия».
        let shown = headingCounts(grid)
        #expect(shown.first == 3 && !shown.isEmpty)
        let all = state.view.control.compactMap { row -> Int? in
            if case .group(_, let count, _) = row { return count }
            return nil
        }
        #expect(all.reduce(0, +) == pairs)
    }

    @Test func aRecurringMeasureNamesItsMonthsOnOneLine() {
        let grid = App.render(Terek.state(.control, width: 120, height: 40))
        let rows = grid.lines.filter { $0.contains("18. Час контроля") }
        #expect(rows.count == 1)
        #expect(rows.first?.contains("18. Час контроля с директорами и заместителями директоров — январь – май") == true,
                "\(rows)")
        #expect(ControlEntry.monthRuns([2022 * 12 + 1, 2022 * 12 + 2]) == ["февраль", "март"])
        #expect(ControlEntry.monthRuns([2022 * 12 + 1, 2022 * 12 + 2, 2022 * 12 + 3]) == ["февраль", "март", "апрель"])
        #expect(ControlEntry.monthRuns([2022 * 12 + 8, 2022 * 12 + 10, 2022 * 12 + 11, 2023 * 12, 2023 * 12 + 1])
                == ["сентябрь", "ноябрь – февраль"])
        // The longest delay stands for the line: January's meeting, 135 days.
        #expect(rows.first?.hasPrefix("   135 дней  18.") == true)
    }

    @Test func lateInEverySchoolIsSaidOnce() {
        var data = Terek.data
        data.schools = data.schools.filter { ["khamidie", "urozhaynoe", "verkhniy-kurp"].contains($0.id) }
        var state = AppState(data: data, directory: "", mode: .control, today: Day(year: 2022, month: 9, day: 1)!,
                             asOf: Day(year: 2022, month: 6, day: 15)!, width: 120, height: 40)
        state.grouping = .responsible
        let entry = state.view.control.compactMap { row -> ControlEntry? in
            if case .item(let entry) = row, entry.measure.number == "5." { return entry }
            return nil
        }.first
        #expect(entry?.schools.count == 3)
        #expect(entry?.everySchool == true)
        #expect(App.render(state).lines.contains { $0.contains("— все 3 школ") })
    }

    /// Where the day count ends on a line, in columns.
    func daysEnd(_ line: String) -> Int? {
        guard let range = line.range(of: #"\d+ (день|дня|дней)"#, options: .regularExpression) else { return nil }
        return DisplayWidth.of(String(line[..<range.upperBound]))
    }

    @Test func dayCountsStandRightAlignedAndNewHasNoEmptyBox() {
        var state = Terek.state(.control, width: 120, height: 40)
        var grid = App.render(state)
        // Month by month until a measure first falls late since the last meeting.
        for _ in 0..<6 where !grid.contains("новое") {
            press(&state, .character("]"))
            grid = App.render(state)
        }
        let items = (0..<grid.height).filter { daysEnd(grid.line($0)) != nil }
        #expect(items.count >= 6)
        #expect(Set(items.compactMap { daysEnd(grid.line($0)) }).count == 1, "\(items.map { grid.line($0) })")
        let new = items.filter { grid.line($0).contains("новое") }
        #expect(!new.isEmpty && new.count < items.count, "as of \(state.asOf.russian)")
        for y in items where !grid.line(y).contains("новое") {
            #expect((0..<10).allSatisfy { grid[$0, y].role != .status }, "row \(y): no coloured empty box")
        }
        #expect(total(grid, "новых за месяц: ") == new.count)
    }

    @Test func groupHeadingsReadAsHeadings() {
        let grid = App.render(Terek.state(.control, width: 120, height: 40))
        let heading = grid.find("Руководители ОО — 3 мероприятия ")!
        #expect(heading.y == 3 && heading.x == 1)
        #expect(grid[heading.x, heading.y].role == .title)
        #expect(grid.line(heading.y).hasSuffix("─ "), "ruled to the edge")
        #expect(grid.line(heading.y - 1).trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
