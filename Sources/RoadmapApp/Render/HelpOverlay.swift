/// `?`/`F1`: every key of this screen, from the same table the keys are
/// read with, and what the timeline's glyphs mean.
enum HelpOverlay {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let context: KeyContext = state.mode == .control ? .control : .coordinator
        let entries = Keymap.bindings(in: context).map { binding in
            (binding.keys.map { Keymap.label($0) }.joined(separator: " "), binding.help)
        } + (context == .coordinator ? LineEditor.bindings.map { ("строка: " + $0.keys, $0.help) } : [])
        let legend = ShownStatus.allCases.map { "\($0.glyph) \($0.russian)" }.joined(separator: "  ")
        let width = min(grid.width - 2, 110)
        let twoColumns = entries.count + 6 > grid.height - 2 && width >= 76
        let perColumn = twoColumns ? (entries.count + 1) / 2 : entries.count
        let legendLines = Wrap.lines(legend, width: width - 4)
        let height = min(grid.height - 2, perColumn + legendLines.count + 4)
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: "Справка — любая клавиша закрывает", focused: true)
        let inner = rect.inner
        let columnWidth = twoColumns ? (inner.width - 1) / 2 : inner.width - 1
        let keysWidth = min(20, columnWidth / 3)
        for (i, entry) in entries.enumerated() {
            let column = twoColumns ? i / perColumn : 0
            let row = twoColumns ? i % perColumn : i
            guard row < inner.height - legendLines.count - 1 else { continue }
            let x = inner.x + 1 + column * columnWidth
            grid.text(entry.0, x: x, y: inner.y + row, width: keysWidth - 1, role: .keyHint)
            grid.text(entry.1, x: x + keysWidth, y: inner.y + row, width: columnWidth - keysWidth - 1)
        }
        for (i, line) in legendLines.enumerated() {
            grid.text(line, x: inner.x + 1, y: inner.maxY - legendLines.count + i, width: inner.width - 2, role: .muted)
        }
    }
}
