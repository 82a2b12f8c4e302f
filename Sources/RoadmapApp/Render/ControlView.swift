import RoadmapModel
import TextWidth

/// «Час контроля»: only what is late, large and calm, one line a measure,
/// grouped by responsible or by school, with counts that add up to the
/// total and what is new since the previous meeting a month ago.
enum ControlView {
    static func draw(_ state: AppState, layout: Layout, into grid: inout Grid) {
        let width = grid.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), with: Cell(" ", role: .header))
        let asOf = HeaderView.dateText(state, room: width - 4)
        let title = "Час контроля — " + state.data.roadmap.municipality
        grid.text(title, x: 1, y: 0, width: width - DisplayWidth.of(asOf) - 4, role: .header)
        grid.rightAligned(asOf, maxX: width - 1, y: 0, role: .header)
        let rows = state.view.control
        grid.text(totalsLine(state, rows), x: 1, y: 1, width: width - 2, role: .title)
        let rect = layout.control
        if rows.isEmpty {
            grid.text("Просроченных мероприятий нет.", x: 3, y: rect.y + 1, width: width - 4, role: .done)
            return
        }
        let columns = Columns(rows: rows)
        let first = max(0, min(state.controlScroll, rows.count - rect.height))
        for line in 0..<min(rect.height, rows.count - first) {
            drawRow(rows[first + line], columns, grouping: state.grouping, y: rect.y + line, width: width, into: &grid)
        }
    }

    /// The total is the sum of the groups: measures by responsible, a
    /// measure once per school where it is late by school.
    static func totalsLine(_ state: AppState, _ rows: [ControlRow]) -> String {
        let totals = ControlRow.totals(rows)
        let measures = Set(state.summary.overdue.map(\.measure.id)).count
        let total = state.grouping == .responsible
            ? "Просрочено мероприятий: \(totals.count)"
            : "Просрочено по школам: \(totals.count) (мероприятий: \(measures))"
        return total + " · новых за месяц: \(totals.new) · \(state.grouping.russian)"
    }

    /// The day counts stand right-aligned in a column as wide as the widest;
    /// the number column fits the longest number, so titles line up.
    struct Columns {
        static let new = "новое"
        let hasNew: Bool
        let days: Int
        let number: Int

        init(rows: [ControlRow]) {
            var days = 0, number = 0, hasNew = false
            for case .item(let entry) in rows {
                days = max(days, DisplayWidth.of(ControlView.days(entry.days)))
                number = max(number, DisplayWidth.of(entry.measure.number))
                hasNew = hasNew || entry.isNew
            }
            self.hasNew = hasNew
            self.days = days
            self.number = min(number, 8) + 1
        }
    }

    static func days(_ count: Int) -> String { RussianText.count(count, "день", "дня", "дней") }

    private static func drawRow(_ row: ControlRow, _ columns: Columns, grouping: ControlGrouping, y: Int, width: Int,
                                into grid: inout Grid) {
        switch row {
        case .gap:
            break
        case .group(let title, let count, let new):
            drawHeading(title, count: count, new: new, y: y, width: width, into: &grid)
        case .item(let entry):
            var x = 3
            // «новое» only where it applies: no empty box on the other lines.
            if columns.hasNew {
                if entry.isNew { grid.put(Columns.new, x: x, y: y, role: .status) }
                x += DisplayWidth.of(Columns.new) + 2
            }
            x += columns.days
            grid.rightAligned(days(entry.days), maxX: x, y: y, role: .overdue)
            x += 2
            let number = DisplayWidth.truncate(entry.measure.number, to: columns.number - 1)
            x += grid.put(number.padded(to: columns.number), x: x, y: y)
            drawTitleAndDetails(entry, grouping: grouping, x: x, y: y, maxX: width - 1, into: &grid)
        }
    }

    /// «ИМЦ УО — 4 мероприятия, новых 1 ─────»: a heading, ruled to the edge.
    private static func drawHeading(_ title: String, count: Int, new: Int, y: Int, width: Int, into grid: inout Grid) {
        let counts = " — " + RussianText.count(count, "мероприятие", "мероприятия", "мероприятий")
            + (new > 0 ? ", новых \(new)" : "")
        var x = 1 + grid.text(title, x: 1, y: y, width: width - 2 - DisplayWidth.of(counts), role: .title)
        x += grid.put(counts + " ", x: x, y: y, role: .title)
        if x < width - 1 { grid.put(String(repeating: "─", count: width - 1 - x), x: x, y: y, role: .border) }
    }

    /// The title first; then, muted, its months and schools and who else
    /// answers for it. The title keeps at least half the room.
    private static func drawTitleAndDetails(_ entry: ControlEntry, grouping: ControlGrouping, x: Int, y: Int, maxX: Int,
                                            into grid: inout Grid) {
        var details = entry.details
        if !entry.others.isEmpty {
            details.append((grouping == .responsible ? "также: " : "") + entry.others.joined(separator: ", "))
        }
        let suffix = details.isEmpty ? "" : " — " + details.joined(separator: " · ")
        let room = maxX - x
        let titleWidth = DisplayWidth.of(entry.measure.title)
        let shown = max(min(titleWidth, room / 2), room - DisplayWidth.of(suffix))
        let end = x + grid.text(entry.measure.title, x: x, y: y, width: shown)
        grid.text(suffix, x: end, y: y, width: maxX - end, role: .muted)
    }
}
