import Foundation
import RoadmapModel

/// The approving order: the date and number printed under «ПРИКАЗ» at the
/// top of the document («27.10.2020 … № 378-а»), else the first «приказ …
/// от DD.MM.YYYY № N» in the text.
enum OrderFinder {
    private static let date = try! NSRegularExpression(pattern: #"\b(\d{2})\.(\d{2})\.(\d{4})\b"#)
    private static let number = try! NSRegularExpression(pattern: #"№\s*([0-9][0-9A-Za-zА-Яа-яЁё/\-]*)"#)
    private static let reference = try! NSRegularExpression(
        pattern: #"приказ[а-яё]*[^.]{0,200}?от\s+(\d{2}\.\d{2}\.\d{4})\s*(?:г\.?|года)?\s*№\s*([0-9][0-9A-Za-zА-Яа-яЁё/\-]*)"#,
        options: .caseInsensitive)

    static func order(in rows: [SourceRow]) -> ApprovingOrder? {
        let lines = rows.map { normalised($0.text) }
        if let heading = lines.firstIndex(where: { isOrderHeading($0) }) {
            let block = lines[heading + 1..<min(lines.count, heading + 10)].joined(separator: "\n")
            if let day = firstDay(block), let number = first(number, in: block) {
                return ApprovingOrder(number: number, date: day)
            }
        }
        let text = lines.joined(separator: "\n")
        let range = NSRange(text.startIndex..., in: text)
        guard let match = reference.firstMatch(in: text, range: range) else { return nil }
        let day = Day.parse(String(text[Range(match.range(at: 1), in: text)!]))
        return ApprovingOrder(number: String(text[Range(match.range(at: 2), in: text)!]), date: day)
    }

    /// «ПРИКАЗ», «П Р И К А З».
    private static func isOrderHeading(_ line: String) -> Bool {
        line.filter { !$0.isWhitespace }.lowercased() == "приказ"
    }

    /// «$N_{\underline{0}}$», «N°», «Nº»: how recognition writes «№».
    static func normalised(_ text: String) -> String {
        // Both spellings start with «N»; most lines have none.
        guard text.utf8.contains(UInt8(ascii: "N")) else { return text }
        return text.replacingOccurrences(of: #"\$?N_\{\\underline\{[0oOо]\}\}\$?"#, with: "№", options: .regularExpression)
            .replacingOccurrences(of: #"N[°º⁰](?=\s*\d)"#, with: "№", options: .regularExpression)
    }

    private static func firstDay(_ text: String) -> Day? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = date.firstMatch(in: text, range: range) else { return nil }
        return Day.parse(String(text[Range(match.range, in: text)!]))
    }

    private static func first(_ pattern: NSRegularExpression, in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range) else { return nil }
        return String(text[Range(match.range(at: 1), in: text)!])
    }
}
