import RoadmapModel
import TextWidth

/// «Дорожная карта»: measures under their sections, one row each, and the
/// roadmap's months across with every window drawn as a run of status
/// glyphs. Only the visible rows are laid out.
enum TimelinePane {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .timeline
        grid.box(rect, title: title(state), focused: focused)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 1 else { return }
        let geometry = Geometry(width: inner.width, x: inner.x, measures: state.data.measures,
                                period: state.data.roadmap.period)
        drawMonths(state, geometry, y: inner.y, maxX: inner.maxX, into: &grid)
        let visible = inner.height - 1
        let rows = state.view.rows
        if rows.isEmpty {
            let text = state.data.measures.isEmpty
                ? StartingHints.emptyRoadmap(canWrite: state.mode.canWrite) : "ничего не найдено: x — сбросить фильтры"
            // Wrapped: the way to start must be read whole at 80 columns.
            for (i, line) in Wrap.lines(text, width: inner.width - 2).prefix(visible).enumerated() {
                grid.text(line, x: inner.x + 1, y: inner.y + 1 + i, width: inner.width - 1, role: .muted)
            }
            return
        }
        let first = max(0, min(state.timelineList.scroll, rows.count - visible))
        for line in 0..<min(visible, rows.count - first) {
            let index = first + line
            let y = inner.y + 1 + line
            switch rows[index] {
            case .section(let number, let sectionTitle):
                let text = sectionTitle.isEmpty ? "Раздел \(number)" : "\(number). \(sectionTitle)"
                grid.text(text, x: inner.x, y: y, width: geometry.labelWidth, role: .title)
            case .measure(let m):
                drawMeasure(state, state.data.measures[m], selected: index == state.timelineList.selected,
                            focused: focused, geometry, y: y, into: &grid)
            case .emptySection(let number, let sectionTitle):
                drawEmptySection(state, number: number, title: sectionTitle,
                                 selected: index == state.timelineList.selected, focused: focused,
                                 x: inner.x, width: inner.width, y: y, into: &grid)
                // No as-of line through the hint: the row has no dates.
                continue
            }
            drawAsOfMarker(state, geometry, y: y, into: &grid)
        }
    }

    /// The pane's title names every active filter.
    static func title(_ state: AppState) -> String {
        var parts = ["Дорожная карта"]
        let f = state.filters
        if let id = f.school, let school = state.data.school(id) { parts.append(school.shortName) }
        if let section = f.section { parts.append("раздел \(section)") }
        if let status = f.status { parts.append(status.russian) }
        if !f.responsible.isEmpty { parts.append("ответственный: \(f.responsible)") }
        if !f.search.isEmpty { parts.append("поиск: «\(f.search)»") }
        return parts.joined(separator: " · ")
    }

    /// Column positions: the selection marker and the label on the left,
    /// twelve months on the right.
    struct Geometry {
        let x: Int
        let numberWidth: Int
        let labelWidth: Int
        let monthWidth: Int
        let monthsX: Int
        let months: [(year: Int, month: Int)]

        /// Columns a title keeps before the months take more than three each.
        static let readableTitle = 30

        init(width: Int, x: Int, measures: [Measure], period: Period) {
            self.x = x
            months = period.months
            let widest = measures.lazy.map { DisplayWidth.of($0.number) }.max() ?? 3
            numberWidth = min(widest, 7) + 1
            // A third of the width for the label, and never less than a
            // readable title while the months can keep three columns each.
            let readable = 1 + numberWidth + Geometry.readableTitle + 1
            let label = width - readable >= 36 ? max(width / 3, readable) : max(16, width / 3)
            monthWidth = max(2, min(6, (width - label) / 12))
            labelWidth = max(4, width - monthWidth * 12 - 1)
            monthsX = x + labelWidth + 1
        }

        /// The marker column («▸» on the selected row) comes before the number.
        var titleWidth: Int { max(1, labelWidth - 1 - numberWidth) }

        /// The columns a window covers, clipped to the period; nil when it
        /// lies wholly outside.
        func columns(of window: DateWindow) -> ClosedRange<Int>? {
            guard let first = months.first, let last = months.last else { return nil }
            let periodStart = Day.firstOf(month: first.month, year: first.year)
            let periodEnd = Day.lastOf(month: last.month, year: last.year)
            guard window.end >= periodStart, window.start <= periodEnd else { return nil }
            let start = max(window.start, periodStart), end = min(window.end, periodEnd)
            guard let a = column(start, atEnd: false), let b = column(end, atEnd: true) else { return nil }
            return a...max(a, b)
        }

        /// The column of a day: its month's columns split by days.
        func column(_ day: Day, atEnd: Bool) -> Int? {
            guard let index = months.firstIndex(where: { $0.year == day.year && $0.month == day.month }) else {
                return nil
            }
            let length = Day.length(ofMonth: day.month, year: day.year)
            let offset = atEnd ? (day.day * monthWidth + length - 1) / length - 1
                               : (day.day - 1) * monthWidth / length
            return monthsX + index * monthWidth + offset
        }
    }

    /// Month names over their columns. A name never runs past the pane's
    /// inner edge (where it cannot stand whole it gives way to its short
    /// form) nor touches the next name (then the one that is not the as-of
    /// month gives way).
    private static func drawMonths(_ state: AppState, _ g: Geometry, y: Int, maxX: Int, into grid: inout Grid) {
        grid.text(" " + "№".padded(to: g.numberWidth) + "Мероприятие", x: g.x, y: y, width: g.labelWidth, role: .muted)
        let asOfIndex = g.months.firstIndex { $0.year == state.asOf.year && $0.month == state.asOf.month }
        var shown: [(text: String, x: Int, isAsOf: Bool)] = []
        for (i, month) in g.months.enumerated() {
            guard let (name, offset) = monthLabel(i, month: month.month, asOfIndex: asOfIndex, width: g.monthWidth) else {
                continue
            }
            let x = g.monthsX + i * g.monthWidth + offset
            // Two-column months name every other month across their neighbour's columns.
            let span = (g.monthWidth < 3 ? 2 * g.monthWidth - offset - 1 : g.monthWidth - offset)
            let room = min(span, maxX - x)
            guard let text = [name, RussianText.monthAbbreviations[month.month - 1]]
                .first(where: { DisplayWidth.of($0) <= room }) else { continue }
            if let last = shown.last, last.x + DisplayWidth.of(last.text) >= x {
                if last.isAsOf { continue }
                shown.removeLast()
            }
            shown.append((text, x, i == asOfIndex))
        }
        for label in shown {
            grid.put(label.text, x: label.x, y: y, role: label.isAsOf ? .today : .muted)
        }
    }

    /// What heads month column `i` and how far into the column it starts.
    /// Four columns and more hold a three-letter name and a space. Three
    /// hold a space and a short form of one or two letters («с о н д я ф мр
    /// ап мй ин ил ав»): single capitals «М», «И», «А» would each stand for
    /// two months, and these forms read unambiguously at a glance; the as-of
    /// month keeps its full name (the forms before it stand one column
    /// earlier so that no two touch). Two columns cannot hold a name: every
    /// other month is named across two columns, always including the as-of
    /// month.
    static func monthLabel(_ i: Int, month: Int, asOfIndex: Int?, width: Int) -> (String, Int)? {
        let name = RussianText.shortMonths[month - 1]
        switch width {
        case 4...: return (name, 0)
        case 3:
            if i == asOfIndex { return (name, 0) }
            // Before the as-of month a two-letter form stands at the front of
            // its columns, so a space still parts each from the next and
            // from the name that fills all three: none has to give way.
            let short = RussianText.monthAbbreviations[month - 1]
            let early = asOfIndex.map { i < $0 } ?? false
            return (short, early && DisplayWidth.of(short) > 1 ? 0 : 1)
        default: return (i - (asOfIndex ?? 0)) % 2 == 0 ? (name, 0) : nil
        }
    }

    private static func drawMeasure(_ state: AppState, _ measure: Measure, selected: Bool, focused: Bool,
                                    _ g: Geometry, y: Int, into grid: inout Grid) {
        let selection: Role = focused ? .selection : .selectionUnfocused
        let labelRole: Role = selected ? selection : .normal
        // The marker says which row is selected where colour cannot (a
        // monochrome terminal, a copied screen).
        let label = (selected ? "▸" : " ")
            + DisplayWidth.truncate(measure.number, to: g.numberWidth - 1).padded(to: g.numberWidth)
            + DisplayWidth.truncate(measure.title, to: g.titleWidth)
        grid.put(label.padded(to: g.labelWidth), x: g.x, y: y, role: labelRole, limit: g.labelWidth)
        let windows = Summary.windows(of: measure, schedule: state.schedule)
        let statuses = state.view.statuses[measure.id] ?? []
        if windows == [nil] {
            let deadline = state.schedule.deadline(of: measure)
            let text = deadline.isRecognized ? "без срока" : "срок не распознан"
            let role: Role = selected ? selection : ShownStatus.unscheduled.role
            grid.text("· " + text, x: g.monthsX, y: y, width: g.monthWidth * 12, role: role)
            return
        }
        let separate = windows.count > 1
        if windows.allSatisfy({ $0.flatMap(g.columns) == nil }) {
            // A deadline read outside the roadmap's period must not look like no deadline.
            let role: Role = selected ? selection : .muted
            grid.text("· вне периода дорожной карты", x: g.monthsX, y: y, width: g.monthWidth * 12, role: role)
            return
        }
        for (i, window) in windows.enumerated() {
            guard let window, i < statuses.count, let status = statuses[i],
                  var span = g.columns(of: window) else { continue }
            // Recurring occurrences stay separate marks: a gap after each.
            if separate, span.count > 1 { span = span.lowerBound...(span.upperBound - 1) }
            let isSelected = selected && i == state.occurrence
            let role = isSelected ? selection : status.role
            grid.put(String(repeating: String(status.glyph), count: span.count), x: span.lowerBound, y: y, role: role)
        }
    }

    /// A section with no measures: its heading after the selection marker,
    /// then, muted, that it is empty and how to fill it. The heading gives
    /// way first, so the hint stays whole.
    private static func drawEmptySection(_ state: AppState, number: String, title: String, selected: Bool,
                                         focused: Bool, x: Int, width: Int, y: Int, into grid: inout Grid) {
        let heading = title.isEmpty ? "Раздел \(number)" : "\(number). \(title)"
        let hint = StartingHints.emptySection(canWrite: state.mode.canWrite)
        let room = max(8, width - 1 - DisplayWidth.of(hint) - 2)
        let shown = DisplayWidth.truncate(heading, to: room)
        let role: Role = selected ? (focused ? .selection : .selectionUnfocused) : .title
        var column = x + grid.put((selected ? "▸" : " ") + shown, x: x, y: y, role: role, limit: width)
        column += 2
        grid.put(hint, x: column, y: y, role: .muted, limit: x + width - column)
    }

    /// A thin line down the as-of date's column, where nothing else is drawn
    /// — not even the space between two words of «без срока».
    private static func drawAsOfMarker(_ state: AppState, _ g: Geometry, y: Int, into grid: inout Grid) {
        guard let x = g.column(state.asOf, atEnd: false), x < grid.width, grid[x, y] == .blank else { return }
        grid[x, y] = Cell("┊", role: .today)
    }
}

extension TimelinePane: PaneView {
    static func count(_ state: AppState) -> Int { state.view.rows.count }

    /// The first inner row holds the month names.
    static func visibleRows(_ area: Rect) -> Int { max(0, area.height - 3) }

    /// Two rows of context keep the neighbours (and the section title
    /// above a section's first measure) in sight.
    static func margin(visible: Int) -> Int { visible >= 8 ? 2 : 1 }

    static func move(_ action: Action, page: Int, _ state: inout AppState) {
        if action == .left || action == .right { Navigation.stepOccurrence(action, &state); return }
        let rows = state.view.rows
        guard !rows.isEmpty else { return }
        let from = state.timelineList.selected
        let wanted = Navigation.target(action, from: from, count: rows.count, page: page)
        let forward = wanted >= from && action != .home && action != .pageUp && action != .up
        let found = forward
            ? state.firstMeasureRow(from: wanted, step: 1) ?? state.firstMeasureRow(from: wanted, step: -1)
            : state.firstMeasureRow(from: wanted, step: -1) ?? state.firstMeasureRow(from: wanted, step: 1)
        guard let row = found, row != from else {
            // Nothing above the first measure but its section title: show it.
            if action == .up || action == .home || action == .pageUp { state.timelineList.scroll = 0 }
            return
        }
        state.timelineList.selected = row
        state.occurrence = state.defaultOccurrence()
        if action == .home { state.timelineList.scroll = 0 }
    }
}
