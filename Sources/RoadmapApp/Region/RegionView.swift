import RoadmapModel
import TextWidth

/// The region's screen: two header lines, «Муниципалитеты» above, the
/// region's overdue list below, the status and key lines at the bottom.
enum RegionView {
    static func render(_ state: RegionState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        let (width, height) = state.size
        guard width >= 40, height >= 10 else {
            grid.text("Окно мало: нужно хотя бы 40×10", x: 0, y: 0, width: width, role: .error)
            return grid
        }
        header(state, into: &grid)
        let (top, bottom) = panes(state)
        municipalities(state, in: top, into: &grid)
        overdue(state, in: bottom, into: &grid)
        if let message = state.message {
            grid.text(message, x: 1, y: height - 2, width: width - 2, role: .status)
        }
        hints(y: height - 1, width: width, into: &grid)
        return grid
    }

    static func panes(_ state: RegionState) -> (Rect, Rect) {
        let (width, height) = state.size
        let available = height - 4
        let wanted = state.rows.count + 3
        let topHeight = max(5, min(wanted, available * 3 / 5, available - 5))
        return (Rect(x: 0, y: 2, width: width, height: topHeight),
                Rect(x: 0, y: 2 + topHeight, width: width, height: available - topHeight))
    }

    /// Rows a pane shows below its column titles.
    static func visibleRows(_ pane: RegionPane, _ state: RegionState) -> Int {
        let (top, bottom) = panes(state)
        return max(1, (pane == .municipalities ? top : bottom).height - 3)
    }

    private static func header(_ state: RegionState, into grid: inout Grid) {
        let width = state.size.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), with: Cell(" ", role: .header))
        let date = "по состоянию на \(state.asOf.russian)"
        grid.text("Регион: дорожные карты муниципалитетов", x: 1, y: 0, width: width - DisplayWidth.of(date) - 4, role: .header)
        grid.rightAligned(date, maxX: width - 1, y: 0, role: .header)
        let counted = state.rows.filter { $0.gap == nil }
        var line = "муниципалитетов: \(state.rows.count)"
        if counted.count < state.rows.count { line += " (получено \(counted.count))" }
        line += " · школ: \(counted.reduce(0) { $0 + $1.schools }) · ! просрочено \(state.overdue.count)"
        grid.text(line, x: 1, y: 1, width: width - 2)
    }

    /// A table's columns: title, width, right-aligned. The flexible one
    /// (the name, the title) takes what is left.
    struct Column {
        var title: String
        var width: Int
        var right = false
    }

    private static func municipalities(_ state: RegionState, in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .municipalities
        grid.box(rect, title: "Муниципалитеты", focused: focused)
        let wide = rect.width >= 110
        var columns = [Column(title: "Муниципалитет", width: 0), Column(title: "Школ", width: 4, right: true),
                       Column(title: "500+", width: 4, right: true), Column(title: "ТР", width: 3, right: true),
                       Column(title: "Мер.", width: 4, right: true),
                       Column(title: "В срок", width: wide ? 16 : 6, right: true),
                       Column(title: "Просроч.", width: 8, right: true),
                       Column(title: "Получены", width: wide ? 16 : 11)]
        let cells = state.rows.map { row -> [String] in
            let synced = wide ? row.lastSync : shortSync(row.lastSync)
            guard row.gap == nil else { return [row.name, "—", "—", "—", "—", "—", "—", synced] }
            return [row.name, String(row.schools), String(row.federal500), String(row.growthPoints), String(row.measures),
                    wide ? row.onTime : row.onTimeShort, String(row.overdue), synced]
        }
        // «В срок» and «Получены» as wide as their longest cell («234 из 300 (78 %)»):
        // the name takes what is left, not the share.
        for index in [5, 7] where wide {
            columns[index].width = max(columns[index].width, cells.map { DisplayWidth.of($0[index]) }.max() ?? 0)
        }
        table(&columns, cells, selected: state.selection(.municipalities), focused: focused,
              muted: state.rows.map { $0.gap != nil }, in: rect, into: &grid)
    }

    private static func overdue(_ state: RegionState, in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .overdue
        grid.box(rect, title: "Просрочено в муниципалитетах: \(state.overdue.count)", focused: focused)
        guard !state.overdue.isEmpty else {
            grid.text("На \(state.asOf.russian) просроченных мероприятий нет.", x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, role: .muted)
            return
        }
        let wide = rect.width >= 110
        var columns = [Column(title: "Дней", width: 5, right: true), Column(title: "Муниципалитет", width: wide ? 22 : 14),
                       Column(title: "№", width: 5), Column(title: "Мероприятие", width: 0)]
        if wide { columns.append(Column(title: "Школа", width: 16)) }
        columns.append(Column(title: "Срок", width: 10))
        let cells = state.overdue.map { row -> [String] in
            var line = [String(row.daysOverdue), row.municipality, row.number, row.title]
            if wide { line.append(row.school ?? "—") }
            return line + [row.due.russian]
        }
        table(&columns, cells, selected: state.selection(.overdue), focused: focused,
              muted: Array(repeating: false, count: cells.count), in: rect, into: &grid)
    }

    /// «06.12 21:51» from «06.12.2026 21:51»; other words as they are.
    static func shortSync(_ text: String) -> String {
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0].count == 10 else { return text }
        return String(parts[0].prefix(5)) + " " + parts[1]
    }

    /// Column titles, then the rows that fit, the selected one kept in view.
    private static func table(_ columns: inout [Column], _ rows: [[String]], selected: Int, focused: Bool,
                              muted: [Bool], in rect: Rect, into grid: inout Grid) {
        let inner = rect.width - 4
        let fixed = columns.reduce(0) { $0 + $1.width } + columns.count - 1
        if let flexible = columns.firstIndex(where: { $0.width == 0 }) { columns[flexible].width = max(6, inner - fixed) }
        func draw(_ cells: [String], y: Int, role: Role) {
            var x = rect.x + 2
            for (column, cell) in zip(columns, cells) {
                let shown = DisplayWidth.truncate(cell, to: column.width)
                let pad = column.right ? column.width - DisplayWidth.of(shown) : 0
                _ = grid.put(shown, x: x + pad, y: y, role: role, limit: min(column.width, rect.maxX - 2 - x))
                x += column.width + 1
                if x >= rect.maxX - 2 { break }
            }
        }
        draw(columns.map(\.title), y: rect.y + 1, role: .title)
        let visible = max(1, rect.height - 3)
        let top = selected >= visible ? selected - visible + 1 : 0
        for (i, row) in rows.enumerated().dropFirst(top).prefix(visible) {
            let y = rect.y + 2 + i - top
            let role: Role = i == selected ? (focused ? .selection : .selectionUnfocused) : (muted[i] ? .muted : .normal)
            if i == selected { grid.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), with: Cell(" ", role: role)) }
            draw(row, y: y, role: role)
        }
    }

    private static func hints(y: Int, width: Int, into grid: inout Grid) {
        var x = 1
        for (key, word) in [("Enter", "открыть (только просмотр)"), ("Tab", "панель"), ("↑ ↓", "выбор"), ("q", "выход")] {
            let text = "\(key) \(word)"
            guard x + DisplayWidth.of(text) < width else { break }
            _ = grid.put(key, x: x, y: y, role: .keyHint)
            _ = grid.put(" " + word, x: x + DisplayWidth.of(key), y: y, role: .muted)
            x += DisplayWidth.of(text) + 2
        }
    }
}
