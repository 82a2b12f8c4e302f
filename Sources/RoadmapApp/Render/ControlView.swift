import RoadmapModel

/// «Час контроля»: only what is late, large and calm, grouped by
/// responsible or by school, with counts and what is new since the
/// previous meeting a month ago.
enum ControlView {
    static func draw(_ state: AppState, layout: Layout, into grid: inout Grid) {
        let width = grid.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), with: Cell(" ", role: .header))
        let asOf = "по состоянию на \(state.asOf.russian)"
        let title = "Час контроля — " + state.data.roadmap.municipality
        grid.text(title, x: 1, y: 0, width: width - DisplayWidth.of(asOf) - 4, role: .header)
        grid.rightAligned(asOf, maxX: width - 1, y: 0, role: .header)
        let items = state.summary.overdue
        let fresh = items.filter { ControlRow.isNew($0, asOf: state.asOf) }.count
        let totals = "Просрочено: \(items.count) · новых с прошлого месяца: \(fresh) · группировка: \(state.grouping.russian)"
        grid.text(totals, x: 1, y: 1, width: width - 2, role: .title)
        let rect = layout.control
        let rows = state.view.control
        if rows.isEmpty {
            grid.text("Просроченных мероприятий нет.", x: 3, y: rect.y + 1, width: width - 4, role: .done)
            return
        }
        let first = max(0, min(state.controlScroll, rows.count - rect.height))
        for line in 0..<min(rect.height, rows.count - first) {
            drawRow(rows[first + line], grouping: state.grouping, y: rect.y + line, width: width, into: &grid)
        }
    }

    private static func drawRow(_ row: ControlRow, grouping: ControlGrouping, y: Int, width: Int,
                                into grid: inout Grid) {
        switch row {
        case .gap:
            break
        case .group(let title, let count, let new):
            let counts = " — \(count)" + (new > 0 ? ", новых \(new)" : "")
            let x = 1 + grid.text(title, x: 1, y: y, width: width - 2 - DisplayWidth.of(counts), role: .title)
            grid.put(counts, x: x, y: y, role: .title)
        case .item(let item, let isNew):
            var x = 3
            x += grid.put((isNew ? "новое" : "").padded(to: 7), x: x, y: y, role: .status)
            let days = RussianText.count(item.daysOverdue, "день", "дня", "дней")
            x += grid.put(days.padded(to: 11), x: x, y: y, role: .overdue)
            x += grid.put(item.measure.number + "  ", x: x, y: y)
            let other = grouping == .responsible
                ? item.school?.shortName ?? ""
                : item.measure.responsible.joined(separator: "; ")
            let suffix = other.isEmpty ? "" : " — " + DisplayWidth.truncate(other, to: max(8, (width - x) / 3))
            let titleWidth = width - 1 - x - DisplayWidth.of(suffix)
            x += grid.text(item.measure.title, x: x, y: y, width: titleWidth)
            grid.put(suffix, x: x, y: y, role: .muted, limit: width - 1 - x)
        }
    }
}
