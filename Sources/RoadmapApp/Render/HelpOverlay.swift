import TextWidth

/// `?`/`F1`: every key of this screen, from the same table the keys are
/// read with, then the keys that keep the roadmap, the editor's keys and
/// what the screen's marks mean. Where it does not fit it scrolls.
enum HelpOverlay {
    typealias Line = [(String, Role)]

    /// The box and its lines at the state's size: render draws it, update
    /// bounds the scrolling with it.
    struct Placement {
        let rect: Rect
        let lines: [Line]
        var visible: Int { max(0, rect.height - 2) }

        init(_ state: AppState) {
            let width = min(state.size.width - 2, 110)
            lines = HelpOverlay.lines(state, width: width - 4)
            let height = min(state.size.height - 2, lines.count + 2)
            rect = Rect(x: (state.size.width - width) / 2, y: (state.size.height - height) / 2,
                        width: width, height: height)
        }

        var scrolls: Bool { lines.count > visible }
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let placement = Placement(state)
        let rect = placement.rect
        // The box stands on blank columns: a pane's border right beside
        // its own would read as «┌┌» or «│┐».
        grid.fill(Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height))
        let title = placement.scrolls ? "Справка — ↑ ↓ листать, другая клавиша закрывает"
                                      : "Справка — любая клавиша закрывает"
        grid.box(rect, title: title, focused: true)
        let inner = rect.inner
        let first = max(0, min(state.helpScroll, placement.lines.count - placement.visible))
        for (row, line) in placement.lines.dropFirst(first).prefix(placement.visible).enumerated() {
            var x = inner.x + 1
            for (text, role) in line {
                x += grid.put(text, x: x, y: inner.y + row, role: role, limit: inner.maxX - 1 - x)
            }
        }
        // More below: said in the bottom border.
        if placement.scrolls, first + placement.visible < placement.lines.count {
            grid.put(" ↓ ещё ", x: rect.maxX - 10, y: rect.maxY - 1, role: .borderFocused)
        }
    }

    /// Every line of the help at a text width.
    static func lines(_ state: AppState, width: Int) -> [Line] {
        let context: KeyContext = state.mode == .control ? .control : .coordinator
        let entries = Keymap.bindings(in: context).filter { !$0.isEditing }.map { binding in
            (binding.keys.map { Keymap.label($0) }.joined(separator: " "), binding.help)
        }
        var lines = table(entries, width: width)
        if context == .coordinator {
            lines += [[]] + footerLines(editingRuns, width: width) + footerLines(editorRuns, width: width)
        }
        return lines + [[]] + footerLines(legendRuns(context), width: width)
    }

    /// The keys in two columns where every sentence fits whole, else in one.
    private static func table(_ entries: [(String, String)], width: Int) -> [Line] {
        let keysWidth = min(12, (entries.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        let half = (width + 1) / 2
        let twoColumns = entries.allSatisfy { DisplayWidth.of($0.1) < half - keysWidth }
        let perColumn = twoColumns ? (entries.count + 1) / 2 : entries.count
        let columnWidth = twoColumns ? half : width
        func cell(_ entry: (String, String)) -> Line {
            [(DisplayWidth.truncate(entry.0, to: keysWidth - 1).padded(to: keysWidth), .keyHint),
             (DisplayWidth.truncate(entry.1, to: columnWidth - keysWidth - 1).padded(to: columnWidth - keysWidth), .normal)]
        }
        return (0..<perColumn).map { row in
            let right = row + perColumn
            return cell(entries[row]) + (twoColumns && right < entries.count ? cell(entries[right]) : [])
        }
    }

    /// «Правка и школы:» and the keys that keep the roadmap, compactly.
    private static var editingRuns: [Line] {
        [[("Правка и школы:", .title)]] + Keymap.bindings.filter(\.isEditing).map {
            [(Keymap.label($0.keys[0]), .keyHint), (" " + $0.help, .normal)]
        }
    }

    private static var editorRuns: [Line] {
        // The same editor saves a note and runs a search: Enter says both.
        [[("В строке ввода:", .title)]] + LineEditor.bindings.map {
            [($0.keys, .keyHint), (" " + ($0.keys == "Enter" ? "сохранить, найти" : $0.help), .normal)]
        }
    }

    /// Every mark the screen draws, with what it means.
    private static func legendRuns(_ context: KeyContext) -> [Line] {
        guard context == .coordinator else {
            return [[("Час контроля:", .title)],
                    [("новое", .status), (" — впервые просрочено после прошлого часа контроля (месяц назад)", .normal)],
                    [("также:", .muted), (" другие ответственные; считается у первого названного", .normal)],
                    [("все 7 школ", .muted), (" — просрочено во всех школах; иначе школы названы", .normal)]]
        }
        var runs: [Line] = [[("Дорожная карта:", .title)]]
        runs += ShownStatus.allCases.map { [(String($0.glyph), $0.role), (" " + $0.russian, .normal)] }
        runs += [[("┊", .today), (" дата «по состоянию на»", .normal)],
                 [("▸", .selection), (" выбранная строка", .normal)]]
        runs += [[("Школы:", .title)],
                 [("█", .done), (" выполнено", .normal)],
                 [("!3", .overdue), (" просрочено", .normal)],
                 [("500+", .muted), (" проект «500+»", .normal)],
                 [("ТР", .muted), (" «Точка роста»", .normal)]]
        return runs
    }

    /// Runs of (text, role) wrapped to the width; a section title
    /// («Дорожная карта:») starts its own line.
    private static func footerLines(_ runs: [Line], width: Int) -> [Line] {
        guard !runs.isEmpty else { return [] }
        var lines: [Line] = [[]]
        var used = 0
        for run in runs {
            let w = run.reduce(0) { $0 + DisplayWidth.of($1.0) } + 2
            let isTitle = run.first?.1 == .title
            if used > 0, used + w > width || isTitle { lines.append([]); used = 0 }
            lines[lines.count - 1] += run + [("  ", .normal)]
            used += w
        }
        return lines
    }
}
