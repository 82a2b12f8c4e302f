import Foundation

/// The tables of a source document as rows of cells. The documents arrive as
/// text converted from DOCX/PDF: a table row is a tab-separated line, and a
/// cell printed over several lines continues on the following lines whose
/// first cell is empty. Gluing those pieces back together gives each cell as
/// printed, so a transcription can be compared cell by cell.
struct SeedTable {
    struct Row {
        /// Cells, each normalised with `SeedTable.normalise`.
        var cells: [String]
        func cell(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    var rows: [Row]

    init(text: String) {
        var pieces: [[String]] = []
        var open = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.allSatisfy(\.isWhitespace) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 1, open, Self.continues(cells) {
                for (k, cell) in cells.enumerated() {
                    if k >= pieces[pieces.count - 1].count { pieces[pieces.count - 1].append("") }
                    pieces[pieces.count - 1][k] += " " + cell
                }
            } else {
                pieces.append(cells)
                // A paragraph outside the tables ends the row before it.
                open = cells.count > 1
            }
        }
        rows = pieces.map { Row(cells: $0.map(Self.normalise)) }
    }

    /// A line continues the row above when its number cell is empty, unless
    /// it is a section heading printed in the second column («1. Методическое …»).
    private static func continues(_ cells: [String]) -> Bool {
        guard normalise(cells[0]).isEmpty else { return false }
        let text = normalise(cells[1])
        guard let dot = text.firstIndex(of: "."), dot > text.startIndex else { return true }
        let number = text[..<dot]
        let after = text[text.index(after: dot)...].drop(while: { $0 == " " })
        let isHeading = number.allSatisfy(\.isNumber) && (after.first?.isUppercase ?? false)
        return !isHeading
    }

    /// The row whose number cell is exactly `number` («1.1.», «2.10», «18.»).
    func row(numbered number: String) -> Row? {
        rows.first { $0.cells.count > 1 && $0.cell(0) == number }
    }

    /// The number of the section heading above a measure's row: «1» for
    /// «1. Общесистемные», «II» for «II. Развитие кадрового потенциала».
    func sectionNumber(above number: String) -> String? {
        var current: String?
        for row in rows {
            if row.cell(0) == number { return current }
            if let heading = Self.headingNumber(row) { current = heading }
        }
        return nil
    }

    /// A table row whose first filled cell reads «N. Title» (the number may be
    /// roman) and is not itself a measure's number.
    static func headingNumber(_ row: Row) -> String? {
        guard row.cells.count > 1, !isMeasureNumber(row.cell(0)) else { return nil }
        let text = row.cell(0).isEmpty ? row.cell(1) : row.cell(0)
        guard let dot = text.firstIndex(of: "."), dot > text.startIndex else { return nil }
        let number = text[..<dot]
        let isNumber = number.allSatisfy { $0.isASCII && $0.isNumber } || number.allSatisfy { "IVX".contains($0) }
        let title = text[text.index(after: dot)...].drop { $0 == " " }
        guard isNumber, title.first?.isLetter ?? false else { return nil }
        return String(number)
    }

    /// Number cells of every row that is a numbered measure («1.», «1.1», «2.10.»).
    /// Lines without tabs (page numbers, paragraphs) are not table rows.
    var measureNumbers: [String] {
        rows.filter { $0.cells.count > 1 }.map { $0.cell(0) }.filter(Self.isMeasureNumber)
    }

    static func isMeasureNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let body = text.hasSuffix(".") ? parts.dropLast() : parts[...]
        // Parts of at most two digits, so a date like «20.03.2023» is not a number.
        return !body.isEmpty && body.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// One way to compare text from the documents and the data: markup
    /// stripped, runs of whitespace as one space, and a word broken at a
    /// hyphen over two lines («педагогам- предметникам») joined as printed
    /// («педагогам-предметникам»).
    static func normalise(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        let spaced = plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let chars = Array(spaced)
        var out = ""
        for (i, c) in chars.enumerated() {
            let brokenWord = c == " " && i > 1 && chars[i - 1] == "-" && chars[i - 2].isLetter
                && i + 1 < chars.count && chars[i + 1].isLowercase
            if !brokenWord { out.append(c) }
        }
        return out
    }
}
