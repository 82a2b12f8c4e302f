/// A cell («C12») or a range of cells («A1:E1») of a sheet: rows counted
/// from 1 as the sheet shows them, columns from 0 (A).
struct XlsxRange: Sendable, Equatable {
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int

    init?(_ reference: String) {
        let ends = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count <= 2, let first = Self.cell(String(ends[0])),
              let last = ends.count == 2 ? Self.cell(String(ends[1])) : first else { return nil }
        firstRow = min(first.row, last.row)
        lastRow = max(first.row, last.row)
        firstColumn = min(first.column, last.column)
        lastColumn = max(first.column, last.column)
    }

    /// «$C$12» → row 12, column 2; nil past Excel's last column (XFD) and row.
    static func cell(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.filter { $0 != "$" }.prefix { $0.isASCII && $0.isLetter }
        let digits = reference.filter { $0 != "$" }.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, let row = Int(digits), row >= 1, row <= 1_048_576 else { return nil }
        var column = 0
        for letter in letters.uppercased().unicodeScalars { column = column * 26 + Int(letter.value) - 64 }
        return column <= 16_384 ? (row, column - 1) : nil
    }

    /// «C12».
    static func name(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let unit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + unit))) + letters
            rest = (rest - 1) / 26
        }
        return "\(letters)\(row)"
    }
}
