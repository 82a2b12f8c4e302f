import Foundation
import RoadmapApp
import TextWidth

/// The argument parser frames every help screen in English («OVERVIEW:»,
/// «Show help information.», «(default: text)»). The screen is asked for
/// unwrapped, its fixed frame put into Russian, and only then wrapped to
/// the terminal: translating an already wrapped screen would split phrases
/// across lines and push the longer Russian words past the edge.
enum RussianHelp {
    /// Wide enough that the parser wraps nothing.
    static let unwrapped = 100_000

    /// Where the parser puts an option's description.
    private static let labelColumn = 26
    private static let labelIndent = 2

    /// A help screen, as opposed to a version string, a completion script
    /// or the JSON of `--experimental-dump-help`, which pass unchanged.
    static func isHelpScreen(_ text: String) -> Bool {
        text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ")
    }

    /// The columns help is wrapped to: `$COLUMNS`, else the terminal's, else 80.
    static var width: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return max(columns, labelColumn + 20)
        }
        return max(Console.terminalWidth ?? 80, labelColumn + 20)
    }

    static func render(_ screen: String, width: Int) -> String {
        var out: [String] = []
        var inSection = false
        let lines = screen.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            index += 1
            if let header = sectionHeaders[line] {
                inSection = true
                out.append(header)
            } else if line.hasPrefix("USAGE: ") {
                out += wrapUsage("ИСПОЛЬЗОВАНИЕ: " + phrases(String(line.dropFirst(7))), width: width)
            } else if line.hasPrefix("OVERVIEW: ") {
                out += wrap("ОПИСАНИЕ: " + phrases(String(line.dropFirst(10))), width: width, indent: 0)
            } else if inSection, let (label, abstract, consumedNext) = element(line, next: next) {
                if consumedNext { index += 1 }
                out += renderElement(label: phrases(label), abstract: sentence(phrases(abstract)), width: width)
            } else {
                // A blank line ends a section; what follows is plain text.
                if line.isEmpty { inSection = false }
                let text = phrases(line)
                let leading = text.prefix { $0 == " " }.count
                out += wrap(text, width: width, indent: leading == 0 ? 0 : leading + 2)
            }
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n")
    }

    private static let sectionHeaders = [
        "ARGUMENTS:": "АРГУМЕНТЫ:", "OPTIONS:": "ПАРАМЕТРЫ:", "SUBCOMMANDS:": "КОМАНДЫ:",
    ]

    /// The parser's fixed phrases inside a line, longest first so that
    /// «(default as flag:» is not taken for «(default:».
    private static let fixedPhrases: [(String, String)] = [
        ("Show help information.", "Показать справку."),
        ("Show the version.", "Показать версию."),
        ("Show subcommand help information.", "Показать справку о команде."),
        ("(default as flag: ", "(по умолчанию, если без значения: "),
        ("; default as flag: ", "; по умолчанию, если без значения: "),
        ("(default: ", "(по умолчанию: "),
        ("; default: ", "; по умолчанию: "),
        ("(values: ", "(значения: "),
        (" (default)", " (по умолчанию)"),
        ("<subcommand>", "<команда>"),
        ("<subcommands>", "<команды>"),
    ]

    private static func phrases(_ text: String) -> String {
        var result = text
        if let range = result.range(of: "See '"), let end = result.range(of: "' for detailed help.") {
            // «See 'roadmap help <subcommand>' for detailed help.»
            let command = result[range.upperBound..<end.lowerBound]
            result = String(result[..<range.lowerBound]) + "Подробнее: \(command)." + String(result[end.upperBound...])
        }
        for (english, russian) in fixedPhrases { result = result.replacingOccurrences(of: english, with: russian) }
        return result
    }

    /// «Формат: text или json. (по умолчанию: text)», as the parser joins
    /// them, becomes one sentence: «Формат: text или json (по умолчанию: text).»
    private static func sentence(_ abstract: String) -> String {
        guard abstract.hasSuffix(")"), let open = abstract.range(of: ". (", options: .backwards) else { return abstract }
        let note = abstract[abstract.index(after: open.lowerBound)...]
        guard note.hasPrefix(" (по умолчанию") || note.hasPrefix(" (значения") else { return abstract }
        return String(abstract[..<open.lowerBound]) + note + "."
    }

    // MARK: - Elements: «  --data <DIR>            Каталог данных.»

    /// A label with its description: on one line, the description at the
    /// description column, or (a long label) on the next line, indented to it.
    private static func element(_ line: String, next: String?) -> (label: String, abstract: String, consumedNext: Bool)? {
        let characters = Array(line)
        guard characters.count > labelIndent, characters.prefix(labelIndent).allSatisfy({ $0 == " " }),
              characters[labelIndent] != " " else { return nil }
        if let next, next.hasPrefix(String(repeating: " ", count: labelColumn)),
           next.count > labelColumn, Array(next)[labelColumn] != " " {
            return (line.trimmingCharacters(in: .whitespaces), next.trimmingCharacters(in: .whitespaces), true)
        }
        guard characters.count > labelColumn, characters[labelColumn - 1] == " ", characters[labelColumn] != " " else {
            return (line.trimmingCharacters(in: .whitespaces), "", false)
        }
        return (String(characters[..<labelColumn]).trimmingCharacters(in: .whitespaces),
                String(characters[labelColumn...]), false)
    }

    private static func renderElement(label: String, abstract: String, width: Int) -> [String] {
        let padded = String(repeating: " ", count: labelIndent) + label
        let body = wrapWords(abstract, width: width - labelColumn)
        let column = String(repeating: " ", count: labelColumn)
        guard !abstract.isEmpty else { return [padded] }
        if DisplayWidth.of(padded) < labelColumn {
            let first = padded + String(repeating: " ", count: labelColumn - DisplayWidth.of(padded)) + body[0]
            return [first] + body.dropFirst().map { column + $0 }
        }
        return [padded] + body.map { column + $0 }
    }

    // MARK: - Wrapping

    /// Words of `text` in lines at most `width` wide (a longer word stays whole).
    private static func wrapWords(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }

    /// A line of text wrapped, its continuation lines indented by `indent`.
    private static func wrap(_ line: String, width: Int, indent: Int) -> [String] {
        let leading = String(line.prefix { $0 == " " })
        guard DisplayWidth.of(line) > width, !line.trimmingCharacters(in: .whitespaces).isEmpty else { return [line] }
        let firstWidth = width - leading.count
        let words = wrapWords(String(line.dropFirst(leading.count)), width: firstWidth)
        guard words.count > 1 else { return [leading + words[0]] }
        let rest = wrapWords(words.dropFirst().joined(separator: " "), width: width - indent)
        return [leading + words[0]] + rest.map { String(repeating: " ", count: indent) + $0 }
    }

    /// The usage line broken only between whole items («[--school <ID>]»
    /// stays on one line), continuation under the first item.
    private static func wrapUsage(_ line: String, width: Int) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in line {
            if character == " ", depth == 0 {
                if !current.isEmpty { items.append(current) }
                current = ""
                continue
            }
            if character == "[" || character == "<" || character == "(" { depth += 1 }
            if character == "]" || character == ">" || character == ")" { depth = max(0, depth - 1) }
            current.append(character)
        }
        if !current.isEmpty { items.append(current) }
        guard items.count > 2 else { return [line] }
        // «ИСПОЛЬЗОВАНИЕ: roadmap mark»: the first two items stay together.
        let head = items[0] + " " + items[1]
        let indent = String(repeating: " ", count: DisplayWidth.of(items[0]) + 1)
        var lines: [String] = []
        var text = head
        for item in items.dropFirst(2) {
            if DisplayWidth.of(text + " " + item) <= width {
                text += " " + item
            } else {
                lines.append(text)
                text = indent + item
            }
        }
        lines.append(text)
        return lines
    }
}
