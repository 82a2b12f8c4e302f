import TextWidth

/// Small drawing helpers every pane uses, all measuring in columns.
extension Grid {
    /// A box with its title in the top border: `┌─ Школы ──┐`.
    mutating func box(_ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("┌" + horizontal + "┐", x: rect.x, y: rect.y, role: role)
        for y in rect.y + 1..<rect.maxY - 1 {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: rect.maxX - 1, y: y, role: role)
        }
        put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, role: role)
        let label = DisplayWidth.truncate(" \(title) ", to: rect.width - 4)
        put(label, x: rect.x + 2, y: rect.y, role: focused ? .borderFocused : .title)
    }

    /// Text cut with «…» to `width` columns, from (x, y).
    @discardableResult
    mutating func text(_ text: String, x: Int, y: Int, width: Int, role: Role = .normal) -> Int {
        put(DisplayWidth.truncate(text, to: width), x: x, y: y, role: role, limit: width)
    }

    /// Text ending at column `maxX` (exclusive).
    mutating func rightAligned(_ text: String, maxX: Int, y: Int, role: Role = .normal) {
        put(text, x: maxX - DisplayWidth.of(text), y: y, role: role)
    }
}

extension String {
    /// Pads with spaces to `width` columns (never cuts).
    func padded(to width: Int) -> String {
        let missing = width - DisplayWidth.of(self)
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
