import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RoadmapImport

enum XMLParserHarness {
    static func parse(_ xml: String, with delegate: DocxBodyParser) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        return parser.parse()
    }
}
