import TextWidth

/// Under the panes: the focused measure's number and full title, wrapped,
/// so two measures whose titles begin alike («6. Диагностика…», «7.
/// Диагностика…») are told apart whatever the width of their columns.
enum CaptionView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0, rect.width > 2, let measure = state.focusedMeasure else { return }
        let lines = Wrap.lines("\(measure.number) \(measure.title)", width: rect.width - 2)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            // Longer than the caption: its last line says so with «…».
            let text = i == rect.height - 1 && lines.count > rect.height ? line + " " + lines[i + 1] : line
            grid.text(text, x: rect.x + 1, y: rect.y + i, width: rect.width - 2, role: i == 0 ? .title : .normal)
        }
    }
}
