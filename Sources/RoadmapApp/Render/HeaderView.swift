import RoadmapModel
import TextWidth

/// Two lines at the top: the roadmap's title and the as-of date; the
/// municipality, the totals and the data directory.
enum HeaderView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), with: Cell(" ", role: .header))
        let asOf = dateText(state, room: rect.width - 4)
        let asOfWidth = DisplayWidth.of(asOf)
        grid.text(state.data.roadmap.title, x: rect.x + 1, y: rect.y, width: rect.width - asOfWidth - 4, role: .header)
        grid.rightAligned(asOf, maxX: rect.maxX - 1, y: rect.y, role: .header)
        drawTotals(state, x: rect.x + 1, y: rect.y + 1, maxX: rect.maxX - 1, into: &grid)
    }

    /// «по состоянию на …»; on the last day of a period already over, why
    /// the screen shows that day and how to see today — in full where the
    /// title keeps some room, in fewer words where it would not.
    static func dateText(_ state: AppState, room: Int) -> String {
        let period = state.data.roadmap.period
        guard state.today > period.end, state.asOf == period.end else { return "по состоянию на \(state.asOf.russian)" }
        let plan = "план на \(OccurrenceName.period(period)) завершён", end = period.end.russian
        let today = "; \(Keymap.key(of: .today)) — сегодня"
        let forms = ["\(plan) — показано на \(end)\(today)", "\(plan) — на \(end)\(today)", "план завершён — на \(end)\(today)"]
        return forms.first { DisplayWidth.of($0) + titleRoom <= room } ?? forms[forms.count - 1]
    }

    /// What the title keeps at least beside the period's notice.
    private static let titleRoom = 20

    private static func drawTotals(_ state: AppState, x: Int, y: Int, maxX: Int, into grid: inout Grid) {
        let summary = state.summary
        let counts = [summary.doneCount, summary.inProgressCount, summary.overdueCount]
        let statuses: [ShownStatus] = [.done, .inProgress, .overdue]
        let full = zip(statuses, counts).map { ("\($0.glyph) \($0.russian) \($1)", $0.role) }
        // On a narrow screen the glyphs alone (the help explains them) leave
        // room for the directory.
        let fullWidth = full.reduce(0) { $0 + DisplayWidth.of($1.0) + 3 }
        let words = maxX - x >= fullWidth + DisplayWidth.of(state.data.roadmap.municipality) + 30
        let totals = words ? full : zip(statuses, counts).map { ("\($0.glyph) \($1)", $0.role) }
        let parts: [(String, Role)] = [(state.data.roadmap.municipality, .normal)] + totals
        var column = x
        for (i, (text, role)) in parts.enumerated() where !text.isEmpty {
            if column > x { column += grid.put(" · ", x: column, y: y, role: .muted, limit: maxX - column) }
            let room = maxX - column
            // The municipality gives way first: the numbers matter more.
            let others = parts.dropFirst().reduce(0) { $0 + DisplayWidth.of($1.0) + 3 }
            let cut = i == 0 ? DisplayWidth.truncate(text, to: room - others) : text
            column += grid.put(cut, x: column, y: y, role: role, limit: room)
        }
        // What is not yet sent matters more than today's date. The optional
        // parts stand whole or not at all: «(сегодня 0» or «данные: …ek-2022»
        // say nothing.
        var right = maxX
        let sync = Syncing.headerText(state, width: maxX - column - 2)
        if let sync {
            grid.rightAligned(sync, maxX: maxX, y: y, role: state.syncStatus?.unsent ?? 0 > 0 ? .normal : .muted)
            right = maxX - DisplayWidth.of(sync) - 2
        }
        if state.asOf != state.today {
            let today = "  (сегодня \(state.today.russian))"
            if DisplayWidth.of(today) <= right - column {
                column += grid.put(today, x: column, y: y, role: .muted)
            }
        }
        if sync != nil { return }
        let directory = tail("данные: ", state.directory, width: maxX - column - 2)
        if !directory.isEmpty { grid.rightAligned(directory, maxX: maxX, y: y, role: .muted) }
    }

    /// «данные: …/roadmap/data»: the end of a path says more than its start,
    /// and a folder's name is cut only whole — down to the last one, or
    /// nothing.
    static func tail(_ prefix: String, _ path: String, width: Int) -> String {
        guard !path.isEmpty else { return "" }
        if DisplayWidth.of(prefix + path) <= width { return prefix + path }
        let folders = path.split(separator: "/").map(String.init)
        var kept = ""
        for folder in folders.reversed() {
            let longer = "/" + folder + kept
            if DisplayWidth.of(prefix + "…" + longer) > width { break }
            kept = longer
        }
        return kept.isEmpty ? "" : prefix + "…" + kept
    }
}
