/// The header row of the measures table: which column holds what, by name.
struct TableHeader: Sendable {
    /// The role each column's name suggests (nil: unknown or empty).
    var roles: [ColumnRole?]
    /// Column names as printed, with continuation lines («No» / «п/п»)
    /// joined.
    var names: [String]
    var line: Int
    /// Texts of the header's continuation lines, to skip them when the
    /// header is repeated on the next page.
    var continuationTexts: Set<String> = []

    /// A header names a number, a measure, and a deadline or responsible
    /// column; anything less is a table of something else.
    init?(_ row: SourceRow) {
        guard row.isTable else { return nil }
        let cells = row.cells.map(CellText.clean)
        let roles = cells.map { ColumnRole.named($0) }
        guard roles.contains(.number), roles.contains(.title),
              roles.contains(.deadline) || roles.contains(.responsible),
              roles.firstIndex(of: .number)! < roles.firstIndex(of: .title)! else { return nil }
        self.roles = roles
        self.names = cells
        self.line = row.line
    }

    var width: Int { roles.count }

    func column(_ role: ColumnRole) -> Int? { roles.firstIndex(of: role) }

    /// «п/п», «исполнения,», «исполнители»: the second line of a header
    /// split over two lines — short fragments, no measure number.
    func isContinuation(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.allSatisfy({ $0.count <= 30 }) else { return false }
        let first = cells.first ?? ""
        guard first.isEmpty || ColumnRole.named(first) == .number else { return false }
        return filled.allSatisfy { $0.first?.isLowercase == true || ColumnRole.named($0) != nil }
    }

    mutating func absorb(_ cells: [String]) {
        for (index, cell) in cells.enumerated() where !cell.isEmpty && index < names.count {
            names[index] = CellText.join(names[index], cell)
        }
        continuationTexts.insert(cells.joined(separator: "\t"))
    }

    /// The same header printed again at the top of the next page.
    func isRepeated(_ cells: [String]) -> Bool {
        // The number cell first: a measure row's «1.1» settles it at once.
        guard let first = cells.first, ColumnRole.named(first) == .number else { return false }
        return cells.dropFirst().compactMap { ColumnRole.named($0) }.count >= 2
    }
}
