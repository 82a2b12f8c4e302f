/// A row of the measures table as read, before its columns are assigned.
struct TableItem: Sendable {
    enum Kind: Sendable { case section, measure }

    var kind: Kind
    /// The measure number as printed («1.1.», «2.10»), or the section
    /// number without its dot («I», «1»).
    var number: String
    var line: Int
    /// Per column, the lines of text the cell was printed in (the first
    /// row and its continuation lines).
    var parts: [[String]]
    /// Lines of the cell in document order, with their line numbers, for
    /// notices.
    var partLines: [[Int]]
    /// Section rows: the title text after the number, and whether it ran
    /// over several columns (a sign of a garbled conversion).
    var sectionTitle: [String] = []
    var sectionSpansColumns = false

    init(kind: Kind, number: String, line: Int, width: Int) {
        self.kind = kind
        self.number = number
        self.line = line
        parts = Array(repeating: [], count: width)
        partLines = Array(repeating: [], count: width)
    }

    mutating func append(_ cells: [String], line: Int, skipping skipped: Int = -1) {
        switch kind {
        case .measure:
            for (index, cell) in cells.enumerated() where !cell.isEmpty && index != skipped && index < parts.count {
                parts[index].append(cell)
                partLines[index].append(line)
            }
        case .section:
            sectionTitle += cells.filter { !$0.isEmpty }
        }
    }
}

/// Numbers as the tables print them.
enum Numbering {
    /// «1.1», «1.1.», «2.10», «18.»: a measure's number cell.
    static func isMeasureNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, text.first!.isNumber else { return false }
        for (index, part) in parts.enumerated() {
            if part.isEmpty { if index == parts.count - 1 && index > 0 { continue } else { return false } }
            guard part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else { return false }
        }
        return true
    }

    /// «1.1.» → «1.1»: the number as a measure id.
    static func id(_ number: String) -> String {
        number.hasSuffix(".") ? String(number.dropLast()) : number
    }

    /// «I. Диагностический этап», «1. Общесистемные», «2.Общее образование»,
    /// «2. Oi»: a section number with a dot, then text that starts with a
    /// letter; after the word «Раздел» the dot may be missing or a colon
    /// («Раздел 2: Мониторинг», «РАЗДЕЛ III Контроль»). Returns the number
    /// and the title.
    static func section(_ text: String) -> (number: String, title: String)? {
        if let named = afterSectionWord(text) {
            let number = String(named.prefix { !" .:".contains($0) })
            let title = named.dropFirst(number.count).drop { " .:–—-".contains($0) }
            guard !number.isEmpty, number.count <= 4, isArabic(number) || isRoman(number),
                  let first = title.first, first.isLetter else { return nil }
            return (number, String(title))
        }
        guard let dot = text.firstIndex(of: ".") else { return nil }
        let number = String(text[..<dot])
        let title = text[text.index(after: dot)...].drop { $0 == " " }
        guard !number.isEmpty, number.count <= 4, isArabic(number) || isRoman(number),
              let first = title.first, first.isLetter else { return nil }
        return (number, String(title))
    }

    /// «I», «II.», «1.», «Раздел 2»: a section number standing alone in the
    /// number cell, its title in the next cell. `named` when the word
    /// «Раздел» says so.
    static func bareSection(_ text: String) -> (number: String, named: Bool)? {
        let named = afterSectionWord(text)
        var number = named ?? text
        if number.hasSuffix(".") { number.removeLast() }
        guard !number.isEmpty, number.count <= 4, isArabic(number) || isRoman(number) else { return nil }
        return (number, named != nil)
    }

    /// The text after a leading «Раздел» (any case), or nil.
    private static func afterSectionWord(_ text: String) -> String? {
        let word = "раздел"
        guard text.lowercased().hasPrefix(word), text.count > word.count,
              text.dropFirst(word.count).first?.isWhitespace == true else { return nil }
        return String(text.dropFirst(word.count).drop(while: \.isWhitespace))
    }

    /// The number a section after `previous` would carry: «II» after «I»,
    /// «3» after «2»; the first is «1» or «I».
    static func follows(_ number: String, after previous: String?) -> Bool {
        guard let previous else { return number == "1" || number == "I" }
        if let a = Int(previous), let b = Int(number) { return b == a + 1 }
        if let a = romanValue(previous), let b = romanValue(number) { return b == a + 1 }
        return false
    }

    static func isArabic(_ text: String) -> Bool { text.allSatisfy { $0.isASCII && $0.isNumber } }
    static func isRoman(_ text: String) -> Bool { romanValue(text) != nil }

    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        guard !text.isEmpty, text.allSatisfy({ values[$0] != nil }) else { return nil }
        let digits = text.map { values[$0]! }
        var total = 0
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        return total
    }
}
