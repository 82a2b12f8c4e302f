import TextWidth

/// A plain text table measured in terminal columns, so Cyrillic and wide
/// characters line up. In a terminal it fits the width: the flexible column
/// (the title) gets the room, the wrapping ones (responsible, state) a fair
/// share, and long cells wrap inside their column, at spaces — nothing is
/// cut. Piped or redirected (no width), every row stays on one line whole.
struct TextTable {
    struct Column {
        var header: String
        var alignRight = false
        /// Takes what the other columns leave.
        var flexible = false
        /// May wrap onto several lines when the terminal is narrow.
        var wraps = false
        /// A column whose every cell is this text says nothing: left out.
        var omittedWhenAll: String? = nil
    }

    var columns: [Column]
    var rows: [[String]] = []

    /// The title column never gets less than this while others can give way.
    static let titleMinimum = 30
    /// Nor a wrapping column less than this.
    static let wrappingMinimum = 12
    static let gap = 2

    func render(width: Int?) -> String {
        Self.render([self], width: width)[0]
    }

    /// Several tables with one set of column widths (the sections of `list`).
    static func render(_ tables: [TextTable], width: Int?) -> [String] {
        guard let first = tables.first else { return [] }
        let cells = tables.map { $0.rows.map { $0.map(Console.visible) } }
        let all = cells.flatMap { $0 }
        let shown = first.columns.indices.filter { i in
            guard let empty = first.columns[i].omittedWhenAll else { return true }
            return !all.allSatisfy { $0[i] == empty }
        }
        let columns = shown.map { first.columns[$0] }
        let natural = shown.map { i in
            max(DisplayWidth.of(first.columns[i].header), all.map { DisplayWidth.of($0[i]) }.max() ?? 0)
        }
        let widths = width.map { fit(columns, natural: natural, into: $0) } ?? natural
        return cells.map { rows in
            var lines = [line(columns.map(\.header), columns, widths)]
            lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
            for row in rows {
                lines += wrapped(shown.map { row[$0] }, columns, widths)
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Column widths for a terminal `width` columns wide.
    static func fit(_ columns: [Column], natural: [Int], into width: Int) -> [Int] {
        let gaps = gap * (columns.count - 1)
        guard natural.reduce(gaps, +) > width else { return natural }
        var widths = natural
        let elastic = columns.indices.filter { columns[$0].flexible || columns[$0].wraps }
        let fixed = columns.indices.filter { !elastic.contains($0) }.reduce(gaps) { $0 + natural[$1] }
        let budget = max(0, width - fixed)
        let flexible = columns.firstIndex(where: \.flexible)
        let wrapping = elastic.filter { $0 != flexible }
        // Wrapping columns first take a quarter of the room each (no more
        // than they need), then give way down to their minimum so that the
        // title keeps at least `titleMinimum`.
        for i in wrapping {
            widths[i] = min(natural[i], max(wrappingMinimum, budget / 4))
        }
        if let flexible {
            let wanted = min(natural[flexible], titleMinimum)
            var left = budget - wrapping.reduce(0) { $0 + widths[$1] }
            for i in wrapping where left < wanted {
                let give = min(widths[i] - min(natural[i], wrappingMinimum), wanted - left)
                widths[i] -= give
                left += give
            }
            widths[flexible] = max(min(natural[flexible], max(left, 1)), min(natural[flexible], 10))
        }
        return widths
    }

    /// One row as one or more lines: each cell wrapped inside its column.
    private static func wrapped(_ values: [String], _ columns: [Column], _ widths: [Int]) -> [String] {
        let parts = values.indices.map { i -> [String] in
            DisplayWidth.of(values[i]) <= widths[i] ? [values[i]] : Wrap.lines(values[i], width: widths[i])
        }
        let height = parts.map(\.count).max() ?? 1
        return (0..<height).map { row in
            line(parts.map { row < $0.count ? $0[row] : "" }, columns, widths)
        }
    }

    private static func line(_ values: [String], _ columns: [Column], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, value) in values.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(value)))
            parts.append(columns[i].alignRight ? padding + value : value + padding)
        }
        var result = parts.joined(separator: String(repeating: " ", count: gap))
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
