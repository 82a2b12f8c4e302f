import RoadmapApp
import TextWidth

/// A plain text table measured in terminal columns, so Cyrillic and wide
/// characters line up. One column may be flexible: it takes what the
/// terminal width leaves and cuts its text with «…».
struct TextTable {
    struct Column {
        var header: String
        var alignRight = false
        var flexible = false
    }

    var columns: [Column]
    var rows: [[String]] = []

    func render(width: Int?) -> String {
        let cells = rows.map { $0.map(Console.visible) }
        var widths = columns.indices.map { i in
            max(DisplayWidth.of(columns[i].header), cells.map { DisplayWidth.of($0[i]) }.max() ?? 0)
        }
        if let width, let flex = columns.firstIndex(where: \.flexible) {
            let others = widths.enumerated().filter { $0.offset != flex }.reduce(0) { $0 + $1.element }
            let available = width - others - 2 * (columns.count - 1)
            widths[flex] = max(DisplayWidth.of(columns[flex].header), min(widths[flex], available))
        }
        var lines = [line(columns.map(\.header), widths)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += cells.map { line($0, widths) }
        return lines.joined(separator: "\n")
    }

    private func line(_ values: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, value) in values.enumerated() {
            let text = DisplayWidth.truncate(value, to: widths[i])
            let padding = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(text)))
            parts.append(columns[i].alignRight ? padding + text : text + padding)
        }
        while let last = parts.last, last.allSatisfy({ $0 == " " }) { parts.removeLast() }
        var result = parts.joined(separator: "  ")
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
