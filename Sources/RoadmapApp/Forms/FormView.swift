import RoadmapModel
import TextWidth

/// The open form, drawn over the panes below the header: labels on the
/// left, values on the right, notes and problems under their fields.
enum FormView {
    static func area(_ layout: Layout) -> Rect {
        Rect(x: 0, y: layout.header.maxY, width: layout.width, height: layout.status.y - layout.header.maxY)
    }

    static func draw(_ state: AppState, _ form: Form, layout: Layout, into grid: inout Grid) {
        let rect = area(layout)
        grid.fill(rect)
        grid.box(rect, title: form.title, focused: true)
        let geometry = Geometry(state, form, rect: rect)
        for (row, line) in geometry.visible.enumerated() {
            let y = geometry.inner.y + row
            switch line {
            case .value(let i, let r):
                let field = form.fields[i]
                let focused = i == form.focused
                if r == 0 {
                    let label = (focused ? "▸ " : "  ") + field.label
                    grid.text(label, x: geometry.inner.x, y: y, width: FormLines.labelWidth - 1,
                              role: focused ? .title : .normal)
                }
                drawValue(field, row: r, focused: focused, x: geometry.valueX, y: y, width: geometry.valueWidth, into: &grid)
            case .note(_, let text, let role):
                grid.text(text, x: geometry.valueX, y: y, width: geometry.valueWidth, role: role)
            }
        }
    }

    /// Where the terminal cursor goes: inside the focused text field.
    static func cursor(_ state: AppState, _ form: Form, layout: Layout) -> (x: Int, y: Int)? {
        guard !form.confirmingCancel, form.focusedField.isText else { return nil }
        let geometry = Geometry(state, form, rect: area(layout))
        let field = form.focusedField
        guard case .text(let rows) = field.kind else { return nil }
        guard let first = geometry.visible.firstIndex(of: .value(field: form.focused, row: 0)) else { return nil }
        if rows == 1 {
            let column = field.editor.visible(width: geometry.valueWidth).cursorColumn
            return (geometry.valueX + column, geometry.inner.y + first)
        }
        let cursor = WrappedText.layout(field.editor, width: geometry.valueWidth, rows: rows).cursor
        return (geometry.valueX + cursor.column, geometry.inner.y + first + cursor.row)
    }

    /// The form's inner area, the value column and the lines in view.
    private struct Geometry {
        var inner: Rect
        var valueX: Int
        var valueWidth: Int
        var visible: [FormLines.Line]

        init(_ state: AppState, _ form: Form, rect: Rect) {
            inner = rect.inner
            valueX = inner.x + FormLines.labelWidth
            valueWidth = max(1, inner.maxX - valueX - 1)
            let lines = FormLines(form, data: state.data, valueWidth: valueWidth)
            let top = lines.scroll(focused: form.focused, height: inner.height)
            visible = Array(lines.lines.dropFirst(top).prefix(inner.height))
        }
    }

    private static func drawValue(_ field: FormField, row: Int, focused: Bool, x: Int, y: Int, width: Int,
                                  into grid: inout Grid) {
        switch field.kind {
        case .text(let rows):
            if focused { grid.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(" ", role: .input)) }
            let role: Role = focused ? .input : .normal
            if rows == 1 {
                let shown = focused ? field.editor.visible(width: width).text : DisplayWidth.truncate(field.text, to: width)
                grid.put(shown, x: x, y: y, role: role, limit: width)
            } else {
                let lines = WrappedText.layout(field.editor, width: width, rows: rows).lines
                if lines.indices.contains(row) { grid.put(lines[row], x: x, y: y, role: role, limit: width) }
            }
        case .choice(let items):
            let item = items.indices.contains(field.index) ? items[field.index] : "—"
            grid.text(focused ? "◂ \(item) ▸" : item, x: x, y: y, width: width, role: focused ? .selection : .normal)
        case .toggles(let items):
            if let parts = FormLines.inline(field, width: width) {
                var column = x
                for part in parts {
                    let current = focused && part.index == field.index
                    column += grid.put(part.text, x: column, y: y, role: current ? .selection : .normal, limit: x + width - column)
                    column += 2
                }
            } else if row == 0 {
                let on = field.toggled.contains(field.index) ? "[x] " : "[ ] "
                let item = items.isEmpty ? "список пуст" : on + items[field.index]
                let counter = items.isEmpty ? "" : " (\(field.index + 1) из \(items.count))"
                grid.text(item + counter, x: x, y: y, width: width, role: focused ? .selection : .normal)
            } else {
                let chosen = field.chosenItems
                let text = chosen.isEmpty ? "не выбрано" : "выбрано: " + chosen.joined(separator: "; ")
                grid.text(text, x: x, y: y, width: width, role: .muted)
            }
        }
    }
}
