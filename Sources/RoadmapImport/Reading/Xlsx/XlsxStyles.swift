import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/styles.xml`, as far as the text goes: each cell style's number
/// format (`cellXfs` → `numFmtId` → a built-in or a `numFmt` code).
final class XlsxStylesParser: NSObject, XMLParserDelegate {
    private var codes: [Int: String] = [:]
    private var formatIds: [Int] = []
    private var inCellFormats = false

    /// The number format of cell style `index` (the cell's `s`).
    func format(style index: Int) -> XlsxNumberFormat {
        let id = index < formatIds.count && index >= 0 ? formatIds[index] : 0
        return XlsxNumberFormat(code: codes[id] ?? XlsxNumberFormat.builtIn[id] ?? "General")
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch OfficeRows.local(elementName) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { codes[id] = code }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            guard formatIds.count < XlsxSharedStringsParser.maximum else { parser.abortParsing(); return }
            formatIds.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if OfficeRows.local(elementName) == "cellXfs" { inCellFormats = false }
    }
}
