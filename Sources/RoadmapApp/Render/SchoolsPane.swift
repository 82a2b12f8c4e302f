import RoadmapModel
import TextWidth

/// «Школы»: «Все школы», then every school with its flags, a progress bar
/// and its overdue count (under the same filters as «Просрочено», the
/// school aside). Only the visible rows are laid out.
enum SchoolsPane {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .schools
        grid.box(rect, title: "Школы", focused: focused)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        let columns = Columns(width: inner.width, schools: state.data.schools,
                              largestCount: state.summary.overdueCount)
        let count = state.view.schools.count + 1
        let first = max(0, min(state.schoolsList.scroll, count - inner.height))
        for row in 0..<inner.height {
            let index = first + row
            guard index < count else { break }
            let selected = index == state.schoolsList.selected
            let y = inner.y + row
            if index == 0 {
                drawRow(name: "Все школы", flags: "", tally: state.summary.overall, overdue: state.view.overdueInAll,
                        muted: false, selected: selected, focused: focused, columns: columns, x: inner.x, y: y, into: &grid)
            } else {
                let school = state.view.schools[index - 1]
                drawRow(name: school.shortName, flags: columns.flags(of: school),
                        tally: state.summary.progress(ofSchool: school.id),
                        overdue: state.view.overdueBySchool[school.id] ?? 0,
                        muted: !school.isActive(on: state.asOf), selected: selected, focused: focused,
                        columns: columns, x: inner.x, y: y, into: &grid)
            }
        }
        if state.data.schools.isEmpty, inner.height > 1 {
            grid.text("школы не указаны", x: inner.x + 2, y: inner.y + 1, width: inner.width - 2, role: .muted)
        }
    }

    /// Column widths for a pane width: the name gets what the rest leaves,
    /// and the flags shorten before the name gets too short to read.
    struct Columns {
        enum FlagForm { case full, short, mini }

        var bar: Int
        var count: Int
        var flags: Int
        var form: FlagForm
        var name: Int
        /// The narrowest form keeps one flag: «500+» if any school has it.
        private var has500 = false

        init(width: Int, schools: [School], largestCount: Int) {
            bar = width >= 36 ? 10 : (width >= 28 ? 5 : 4)
            count = max(3, String(largestCount).count + 1)
            let fixed = 1 + bar + 1 + count
            has500 = schools.contains { $0.isFederal500 }
            let has500 = has500
            let hasGrowth = schools.contains { $0.growthPoint != nil }
            func room(_ form: FlagForm) -> Int {
                guard has500 || hasGrowth else { return 0 }
                switch form {
                case .full: return (has500 ? 5 : 0) + (hasGrowth ? 12 : 0)
                case .short: return (has500 ? 5 : 0) + (hasGrowth ? 3 : 0)
                case .mini: return has500 ? 5 : 3
                }
            }
            form = width - fixed - room(.full) >= 16 ? .full : (width - fixed - room(.short) >= 10 ? .short : .mini)
            flags = room(form)
            name = max(1, width - fixed - flags)
        }

        /// «500+ Точка роста», «500+ ТР», or in the narrowest pane only
        /// «500+» (the school line and the help say the rest): shortened
        /// any further, the flags were guesswork.
        func flags(of school: School) -> String {
            if form == .mini {
                if has500 { return school.isFederal500 ? "500+" : "" }
                return school.growthPoint != nil ? "ТР" : ""
            }
            var parts: [String] = []
            if school.isFederal500 { parts.append("500+") }
            if school.growthPoint != nil { parts.append(form == .full ? "Точка роста" : "ТР") }
            return parts.joined(separator: " ")
        }
    }

    private static func drawRow(name: String, flags: String, tally: Tally, overdue: Int, muted: Bool,
                                selected: Bool, focused: Bool, columns: Columns, x: Int, y: Int,
                                into grid: inout Grid) {
        let selection: Role = focused ? .selection : .selectionUnfocused
        let nameRole: Role = selected ? selection : (muted ? .muted : .normal)
        var column = x
        column += grid.put(selected ? "▸" : " ", x: column, y: y, role: nameRole)
        // A row without flags («Все школы») lends their columns to the name.
        let nameWidth = flags.isEmpty ? columns.name + columns.flags : columns.name
        let label = DisplayWidth.truncate(name, to: nameWidth - 1).padded(to: nameWidth)
        column += grid.put(label, x: column, y: y, role: nameRole, limit: nameWidth)
        if !flags.isEmpty {
            column += grid.put(flags.padded(to: columns.flags), x: column, y: y, role: .muted, limit: columns.flags)
        }
        let filled = tally.total == 0 ? 0 : Int((tally.fraction * Double(columns.bar)).rounded())
        column += grid.put(String(repeating: "█", count: filled), x: column, y: y, role: .done)
        column += grid.put(String(repeating: "░", count: columns.bar - filled), x: column, y: y, role: .muted)
        let count = overdue > 0 ? "!\(overdue)" : "0"
        grid.rightAligned(count, maxX: column + 1 + columns.count, y: y, role: overdue > 0 ? .overdue : .muted)
    }
}

extension SchoolsPane: PaneView {
    /// «Все школы», then the schools listed.
    static func count(_ state: AppState) -> Int { state.view.schools.count + 1 }

    /// Moving in «Школы» is choosing the school the other panes show.
    static func move(_ action: Action, page: Int, _ state: inout AppState) {
        let index = Navigation.target(action, from: state.schoolsList.selected, count: state.view.schools.count + 1, page: page)
        guard index != state.schoolsList.selected else { return }
        state.schoolsList.selected = index
        let school = index == 0 ? nil : state.view.schools[index - 1].id
        state.setFilters { $0.school = school }
        state.overdueList = ListPosition()
    }
}
