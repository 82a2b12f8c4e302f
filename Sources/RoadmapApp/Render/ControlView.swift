import RoadmapModel
import TextWidth

/// «Час контроля»: only what is late, large and calm, grouped by
/// responsible or by school, with counts and what is new since the
/// previous meeting a month ago.
enum ControlView {
    static func draw(_ state: AppState, layout: Layout, into grid: inout Grid) {
        let width = grid.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), with: Cell(" ", role: .header))
        let asOf = HeaderView.dateText(state, room: width - 4)
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
        let columns = Columns(rows: rows, grouping: state.grouping, width: width)
        let first = max(0, min(state.controlScroll, rows.count - rect.height))
        for line in 0..<min(rect.height, rows.count - first) {
            drawRow(rows[first + line], columns, y: rect.y + line, width: width, into: &grid)
        }
    }

    /// The number column fits the longest number on the screen, so titles
    /// line up («1.   Проведение» under «18.  Час»); from 100 columns the
    /// school (or the responsible) stands in a column of its own.
    struct Columns {
        let grouping: ControlGrouping
        let number: Int
        /// 0: the other name follows the title instead.
        let other: Int

        init(rows: [ControlRow], grouping: ControlGrouping, width: Int) {
            self.grouping = grouping
            var number = 0, other = 0
            for case .item(let item, _) in rows {
                number = max(number, DisplayWidth.of(item.measure.number))
                other = max(other, DisplayWidth.of(Columns.other(item, grouping)))
            }
            self.number = min(number, 8) + 2
            self.other = width >= 100 && other > 0 ? min(other + 3, width / 3) : 0
        }

        /// The school under «по ответственным», the responsible under «по школам».
        static func other(_ item: OverdueItem, _ grouping: ControlGrouping) -> String {
            grouping == .responsible ? item.school?.shortName ?? "" : item.measure.responsible.joined(separator: "; ")
        }
    }

    private static func drawRow(_ row: ControlRow, _ columns: Columns, y: Int, width: Int, into grid: inout Grid) {
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
            let number = DisplayWidth.truncate(item.measure.number, to: columns.number - 2)
            x += grid.put(number.padded(to: columns.number), x: x, y: y)
            let other = Columns.other(item, columns.grouping)
            if columns.other > 0 {
                // A row with nothing in the column lends it to the title.
                let titleWidth = width - 1 - x - (other.isEmpty ? 0 : columns.other)
                grid.text(item.measure.title, x: x, y: y, width: titleWidth - 1)
                if !other.isEmpty {
                    grid.text("— " + other, x: x + titleWidth, y: y, width: columns.other, role: .muted)
                }
                return
            }
            let suffix = other.isEmpty ? "" : " — " + DisplayWidth.truncate(other, to: max(8, (width - x) / 3))
            let titleWidth = width - 1 - x - DisplayWidth.of(suffix)
            x += grid.text(item.measure.title, x: x, y: y, width: titleWidth)
            grid.put(suffix, x: x, y: y, role: .muted, limit: width - 1 - x)
        }
    }
}
