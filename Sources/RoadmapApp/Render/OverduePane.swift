import RoadmapModel
import TextWidth

/// «Просрочено»: late occurrences, longest first — days, number, title,
/// school, responsible. Only the visible rows are laid out.
enum OverduePane {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .overdue
        let items = state.view.overdue
        grid.box(rect, title: "Просрочено: \(items.count)", focused: focused)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        if items.isEmpty {
            // Under a filter «нет» would be a claim about the whole roadmap.
            let text = state.filters == Filters() ? "просроченных мероприятий нет" : "по фильтру просроченных нет: x — сбросить фильтры"
            grid.text(text, x: inner.x + 1, y: inner.y, width: inner.width - 1, role: .muted)
            return
        }
        // Longest overdue first: the first item has the widest day count.
        let columns = Columns(width: inner.width, measures: state.data.measures, hasSchools: !state.data.schools.isEmpty,
                              longest: items[0].daysOverdue)
        let first = max(0, min(state.overdueList.scroll, items.count - inner.height))
        for line in 0..<min(inner.height, items.count - first) {
            let index = first + line
            drawItem(items[index], selected: index == state.overdueList.selected, focused: focused,
                     columns, x: inner.x, y: inner.y + line, into: &grid)
        }
    }

    struct Columns {
        var days = 10
        var number: Int
        var school: Int
        var responsible: Int
        var title: Int

        /// The number column fits the widest number of the roadmap, so it does
        /// not shift while scrolling and costs nothing per late item.
        init(width: Int, measures: [Measure], hasSchools: Bool, longest: Int = 0) {
            days = max(10, DisplayWidth.of(OverduePane.days(longest)) + 1)
            number = min(7, measures.lazy.map { DisplayWidth.of($0.number) }.max() ?? 3) + 1
            school = hasSchools && width >= 50 ? min(18, width / 6) : 0
            responsible = width >= 80 ? min(30, width / 4) : 0
            title = max(4, width - days - number - school - responsible - 1)
        }
    }

    static func days(_ count: Int) -> String { "! \(count) дн." }

    private static func drawItem(_ item: OverdueItem, selected: Bool, focused: Bool, _ c: Columns,
                                 x: Int, y: Int, into grid: inout Grid) {
        let textRole: Role = selected ? (focused ? .selection : .selectionUnfocused) : .normal
        let days = OverduePane.days(item.daysOverdue)
        grid.put(days.padded(to: c.days), x: x, y: y, role: .overdue, limit: c.days)
        var column = x + c.days
        let number = DisplayWidth.truncate(item.measure.number, to: c.number - 1).padded(to: c.number)
        column += grid.put(number, x: column, y: y, role: textRole)
        let title = DisplayWidth.truncate(item.measure.title, to: c.title - 1).padded(to: c.title)
        column += grid.put(title, x: column, y: y, role: textRole, limit: c.title)
        if c.school > 0 {
            let school = DisplayWidth.truncate(item.school?.shortName ?? "—", to: c.school - 1).padded(to: c.school)
            column += grid.put(school, x: column, y: y, role: selected ? textRole : .muted, limit: c.school)
        }
        if c.responsible > 0 {
            let who = DisplayWidth.truncate(item.measure.responsible.joined(separator: "; "), to: c.responsible)
            grid.put(who.padded(to: c.responsible), x: column, y: y, role: selected ? textRole : .muted, limit: c.responsible)
        }
    }
}

extension OverduePane: PaneView {
    static func count(_ state: AppState) -> Int { state.view.overdue.count }

    static func move(_ action: Action, page: Int, _ state: inout AppState) {
        guard !state.view.overdue.isEmpty else { return }
        state.overdueList.selected = Navigation.target(action, from: state.overdueList.selected,
                                            count: state.view.overdue.count, page: page)
    }
}
