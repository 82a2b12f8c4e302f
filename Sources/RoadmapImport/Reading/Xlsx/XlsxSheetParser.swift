import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Something about one cell the summary names: «ячейка C12: …».
struct XlsxCellNotice: Sendable {
    var row: Int
    var column: Int
    var message: String
}

/// One worksheet part: its cells as text (shared, inline, formula results,
/// numbers under their formats), the rows hidden, and the merged ranges.
final class XlsxSheetParser: NSObject, XMLParserDelegate {
    struct Row {
        var number: Int
        var hidden: Bool
        var cells: [Int: String] = [:]
    }

    private(set) var rows: [Row] = []
    private(set) var merges: [XlsxRange] = []
    private(set) var notices: [XlsxCellNotice] = []
    private(set) var tooManyRows = false

    private let strings: [String]
    private let styles: XlsxStylesParser
    private let date1904: Bool

    private var column = -1
    private var style = 0
    private var type = "n"
    private var value = ""
    private var inline = ""
    private var hasFormula = false
    private var capture: Capture = .none
    private var phoneticDepth = 0

    private enum Capture { case none, value, inline }

    init(strings: [String], styles: XlsxStylesParser, date1904: Bool) {
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch OfficeRows.local(elementName) {
        case "row":
            guard rows.count < InputLimits.rows else { tooManyRows = true; parser.abortParsing(); return }
            let number = attributes["r"].flatMap { Int($0) }.flatMap { (1...1_048_576).contains($0) ? $0 : nil }
                ?? (rows.last?.number ?? 0) + 1
            rows.append(Row(number: number, hidden: ["1", "true"].contains(attributes["hidden"] ?? "")))
            column = -1
        case "c":
            column = attributes["r"].flatMap(XlsxRange.cell)?.column ?? column + 1
            style = attributes["s"].flatMap { Int($0) } ?? 0
            type = attributes["t"] ?? "n"
            value = ""
            inline = ""
            hasFormula = false
        case "v": capture = .value
        case "f": hasFormula = true
        case "t" where phoneticDepth == 0 && type == "inlineStr": capture = .inline
        case "rPh": phoneticDepth += 1
        case "mergeCell":
            if let range = attributes["ref"].flatMap(XlsxRange.init) { merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .value: value += string
        case .inline: inline += string
        case .none: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch OfficeRows.local(elementName) {
        case "v", "t": capture = .none
        case "rPh": phoneticDepth -= 1
        case "c":
            guard !rows.isEmpty, column >= 0 else { return }
            let text = cellText()
            if !text.isEmpty { rows[rows.count - 1].cells[column] = text }
        default: break
        }
    }

    private func cellText() -> String {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                if !value.isEmpty { notice("ссылка на общую строку № \(value), которой в книге нет; ячейка не прочитана") }
                return ""
            }
            return strings[index]
        case "inlineStr": return inline
        case "str": return value
        case "b": return value == "1" ? "ИСТИНА" : "ЛОЖЬ"
        case "e":
            notice("ошибка формулы «\(value)»; записано как показано")
            return value
        case "d": return isoDate(value)
        default: return number()
        }
    }

    private func number() -> String {
        guard !value.isEmpty else {
            if hasFormula { notice("формула без вычисленного значения (книгу не пересчитали и не сохранили); ячейка не прочитана") }
            return ""
        }
        guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else {
            notice("значение «\(value)» не число, хотя ячейка числовая; записано как есть")
            return value
        }
        let format = styles.format(style: style)
        if let text = format.text(number, date1904: date1904) { return text }
        let general = XlsxNumberFormat.generalText(number)
        notice("формат числа «\(format.code)» не прочитан; записано число как есть: \(general)")
        return general
    }

    /// `t="d"`: an ISO 8601 date, written as a Russian document does.
    private func isoDate(_ text: String) -> String {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3 else { return text }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    private func notice(_ message: String) {
        notices.append(XlsxCellNotice(row: rows.last?.number ?? 0, column: column, message: message))
    }
}
