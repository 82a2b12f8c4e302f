import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/workbook.xml`: the sheets in tab order, with the relationship that
/// names each one's part, and whether dates count from 1904.
final class XlsxWorkbookParser: NSObject, XMLParserDelegate {
    struct Sheet: Sendable {
        var name: String
        var relationship: String
        var hidden: Bool
    }

    private(set) var sheets: [Sheet] = []
    private(set) var date1904 = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch OfficeRows.local(elementName) {
        case "sheet":
            let relationship = attributes.first { OfficeRows.local($0.key) == "id" }?.value ?? ""
            sheets.append(Sheet(name: attributes["name"] ?? "Лист\(sheets.count + 1)", relationship: relationship,
                                hidden: (attributes["state"] ?? "visible") != "visible"))
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default:
            break
        }
    }
}

/// A `.rels` part: relationship id → the part it points at, as a path in
/// the package (`worksheets/sheet1.xml` next to the workbook is
/// `xl/worksheets/sheet1.xml`).
final class XlsxRelationshipsParser: NSObject, XMLParserDelegate {
    private(set) var targets: [String: String] = [:]
    /// Parts whose relationship is of this type (`…/sharedStrings`), by the type's last word.
    private(set) var byType: [String: String] = [:]
    let folder: String

    init(folder: String) { self.folder = folder }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        guard OfficeRows.local(elementName) == "Relationship", let id = attributes["Id"],
              let target = attributes["Target"] else { return }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        targets[id] = path
        if let type = attributes["Type"]?.split(separator: "/").last { byType[String(type)] = path }
    }
}
