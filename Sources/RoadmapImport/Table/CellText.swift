import Foundation

/// How cell text is cleaned and glued back together. Every word is kept as
/// printed; only what the conversion added goes: emphasis markers, runs of
/// spaces, and the space a line break left after a hyphen.
enum CellText {
    private static let markers = ["**", "<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>",
                                  "<em>", "</em>", "<u>", "</u>"]

    /// Emphasis markers (markdown and HTML) and heading marks removed,
    /// whitespace collapsed; `\n` (a paragraph break inside a cell) is kept.
    static func clean(_ raw: String) -> String {
        raw.split(separator: "\n", omittingEmptySubsequences: true)
            .map { cleanLine(String($0)) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    static func cleanLine(_ raw: String) -> String {
        var text = raw
        // Every marker holds «*» or «<»; most cells have neither, and the
        // case-blind search is the dearest step of reading a row.
        let marked = text.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "<") }
        for marker in markers where marked {
            text = text.replacingOccurrences(of: marker, with: "", options: .caseInsensitive)
        }
        if text.hasPrefix("#") { text = String(text.drop { $0 == "#" }) }
        if SpaceRun.isCollapsed(text) { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Glues the next line of a cell to what came before: a word broken
    /// with a hyphen at the line end is joined as printed
    /// («педагогам-» + «предметникам» → «педагогам-предметникам»), other
    /// lines with one space.
    static func join(_ head: String, _ tail: String) -> String {
        var joined = head
        append(tail, to: &joined)
        return joined
    }

    /// `join` in place: only the end of `head` is looked at, so a cell of
    /// thousands of lines is glued in time proportional to its length.
    static func append(_ tail: String, to head: inout String) {
        if tail.isEmpty { return }
        if head.isEmpty { head = tail; return }
        if endsWithWordHyphen(head), tail.first?.isLowercase == true { head += tail; return }
        head += " "
        head += tail
    }

    /// All lines of a cell (continuation lines, paragraphs) glued with `join`.
    static func joinAll(_ parts: [String]) -> String {
        var joined = ""
        for part in parts {
            for line in part.split(separator: "\n") { append(String(line), to: &joined) }
        }
        return joined
    }

    /// «психолого- педагогических» → «психолого-педагогических»: a line break
    /// after a hyphen that the conversion turned into a space. Returns the
    /// mended text and how many places were mended.
    static func mendHyphenBreaks(_ text: String) -> (text: String, mended: [String]) {
        var result = ""
        var mended: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            result.append(chars[i])
            if chars[i] == "-", i > 0, chars[i - 1].isLetter, i + 2 < chars.count,
               chars[i + 1] == " ", chars[i + 2].isLetter, chars[i + 2].isLowercase {
                mended.append(wordAround(chars, i) + "- " + wordAfter(chars, i + 2))
                i += 2
                continue
            }
            i += 1
        }
        return (result, mended)
    }

    private static func endsWithWordHyphen(_ text: String) -> Bool {
        text.last == "-" && text.dropLast().last?.isLetter == true
    }

    private static func wordAround(_ chars: [Character], _ hyphen: Int) -> String {
        var start = hyphen
        while start > 0, chars[start - 1].isLetter || chars[start - 1] == "-" { start -= 1 }
        return String(chars[start..<hyphen])
    }

    private static func wordAfter(_ chars: [Character], _ from: Int) -> String {
        var end = from
        while end < chars.count, chars[end].isLetter { end += 1 }
        return String(chars[from..<end])
    }
}
