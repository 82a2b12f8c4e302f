import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: the texts cells point at by number. A string of
/// several runs (bold, colour: rich text) is their texts joined; phonetic
/// hints (`rPh`, for Japanese) are no part of the text.
final class XlsxSharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch OfficeRows.local(elementName) {
        case "si": current = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch OfficeRows.local(elementName) {
        case "si":
            guard strings.count < Self.maximum else { parser.abortParsing(); return }
            strings.append(current)
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    /// A roadmap has some thousand distinct texts; far more is no roadmap.
    static let maximum = 1_000_000
}
