import Foundation

/// The words only people can write — the goals, what was done in the year,
/// «Задачи и рекомендации» — kept by the coordinator in `report.md` beside
/// the JSON files and placed where the seed справки put them: what comes
/// before a line `---` goes above the table, the rest after the totals.
/// A little Markdown is understood: `#`/`##` lines are headings, a blank
/// line ends a paragraph, lines of one paragraph are joined, and each
/// `- item` or `1. item` line stays a line of its own.
public struct ReportText: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case heading(String)
        case paragraph(String)
    }

    public var beforeTable: [Part]
    public var afterTotals: [Part]

    public init(beforeTable: [Part] = [], afterTotals: [Part] = []) {
        self.beforeTable = beforeTable
        self.afterTotals = afterTotals
    }

    public var isEmpty: Bool { beforeTable.isEmpty && afterTotals.isEmpty }

    public static func parse(_ text: String) -> ReportText {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let rule = lines.firstIndex(where: isRule) else { return ReportText(beforeTable: parts(lines)) }
        return ReportText(beforeTable: parts(Array(lines[..<rule])), afterTotals: parts(Array(lines[(rule + 1)...])))
    }

    private static func isRule(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == "-" }
    }

    private static func parts(_ lines: [String]) -> [Part] {
        var parts: [Part] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { parts.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }
        for line in lines {
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                flush()
                parts.append(.heading(String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)))
            } else if isListItem(line) {
                flush()
                paragraph = [line]
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return parts
    }

    /// «- проведено …», «1. Организовать …».
    private static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("– ") || line.hasPrefix("• ") { return true }
        let digits = line.prefix { $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }
}
