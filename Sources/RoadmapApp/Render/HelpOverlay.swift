import TextWidth

/// `?`/`F1`: every key of this screen, from the same table the keys are
/// read with, then the editor's keys and what the timeline's glyphs mean.
enum HelpOverlay {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let context: KeyContext = state.mode == .control ? .control : .coordinator
        let entries = Keymap.bindings(in: context).filter { !$0.isEditing }.map { binding in
            (binding.keys.map { Keymap.label($0) }.joined(separator: " "), binding.help)
        }
        let width = min(grid.width - 2, 110)
        let legend = footerLines(legendRuns(context), width: width - 4)
        let editing = context == .coordinator ? footerLines(editingRuns, width: width - 4) : []
        let editor = context == .coordinator ? footerLines(editorRuns, width: width - 4) : []
        let twoColumns = entries.count + legend.count + editing.count + editor.count + 3 > grid.height - 2 && width >= 76
        let perColumn = twoColumns ? (entries.count + 1) / 2 : entries.count
        // The glyph legend always shows; the editor's keys, which the hint
        // line lists while editing anyway, only when there is room.
        // The editing keys come before the editor's when only one fits.
        let room = grid.height - 2 - perColumn - legend.count - 3
        let extra = editing.count + editor.count <= room ? editing + editor : (editing.count <= room ? editing : [])
        let footer = extra + legend
        let height = min(grid.height - 2, perColumn + footer.count + 3)
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        // The box stands on blank columns: a pane's border right beside
        // its own would read as «┌┌» or «│┐».
        grid.fill(Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height))
        grid.box(rect, title: "Справка — любая клавиша закрывает", focused: true)
        let inner = rect.inner
        let columnWidth = twoColumns ? (inner.width - 1) / 2 : inner.width - 1
        let keysWidth = min(12, columnWidth / 3)
        for (i, entry) in entries.enumerated() {
            let column = twoColumns ? i / perColumn : 0
            let row = twoColumns ? i % perColumn : i
            guard row < inner.height - footer.count - 1 else { continue }
            let x = inner.x + 1 + column * columnWidth
            grid.text(entry.0, x: x, y: inner.y + row, width: keysWidth - 1, role: .keyHint)
            grid.text(entry.1, x: x + keysWidth, y: inner.y + row, width: columnWidth - keysWidth - 1)
        }
        for (i, line) in footer.enumerated() {
            var x = inner.x + 1
            for (text, role) in line {
                x += grid.put(text, x: x, y: inner.maxY - footer.count + i, role: role, limit: inner.maxX - 1 - x)
            }
        }
    }

    /// «Правка:» and the keys that keep the roadmap, compactly.
    private static var editingRuns: [[(String, Role)]] {
        [[("Правка и школы:", .title)]] + Keymap.bindings.filter(\.isEditing).map {
            [(Keymap.label($0.keys[0]), .keyHint), (" " + $0.help, .normal)]
        }
    }

    private static var editorRuns: [[(String, Role)]] {
        // The same editor saves a note and runs a search: Enter says both.
        [[("В строке ввода:", .title)]] + LineEditor.bindings.map {
            [($0.keys, .keyHint), (" " + ($0.keys == "Enter" ? "сохранить, найти" : $0.help), .normal)]
        }
    }

    /// Every glyph the screen draws, with what it means.
    private static func legendRuns(_ context: KeyContext) -> [[(String, Role)]] {
        guard context == .coordinator else { return [] }
        var runs: [[(String, Role)]] = [[("Дорожная карта:", .title)]]
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
    private static func footerLines(_ runs: [[(String, Role)]], width: Int) -> [[(String, Role)]] {
        guard !runs.isEmpty else { return [] }
        var lines: [[(String, Role)]] = [[]]
        var used = 0
        for run in runs {
            let w = run.reduce(0) { $0 + DisplayWidth.of($1.0) } + 2
            // A section title («Дорожная карта:») starts its own line.
            let isTitle = run.first?.1 == .title
            if used > 0, used + w > width || isTitle { lines.append([]); used = 0 }
            lines[lines.count - 1] += run + [("  ", .normal)]
            used += w
        }
        return lines
    }
}
