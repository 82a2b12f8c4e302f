import Foundation
import Testing
@testable import RoadmapImport

/// `word/document.xml` that would crash or swamp the XML parser: bytes
/// that are not UTF-8 inside a tag (Foundation's XMLParser trapped on
/// them), a DOCTYPE with entities that expand a thousandfold at each
/// level, a column span of two billion.
@Suite struct HostileDocumentXMLTests {
    private func message(_ xml: [UInt8]) throws -> String? {
        let zip = try ZipMaker.archive(DocxBuilder.packageParts + [("word/document.xml", Data(xml))])
        do {
            _ = try RoadmapImporter.read(zip, file: "карта.docx", ext: "docx")
            return nil
        } catch {
            return error.description
        }
    }

    private func document() -> String {
        DocxBuilder.plan(measures: 1).documentXML()
    }

    @Test func invalidUTF8InATagIsNamedWithItsLine() throws {
        var xml = Array(document().utf8)
        let tag = try #require(xml.indices.first { xml[$0...].starts(with: Array("<w:tbl>".utf8)) })
        xml.replaceSubrange((tag + 1)..<(tag + 2), with: [0xC3, 0x28])
        let line = xml[..<tag].filter { $0 == 0x0A }.count + 1
        #expect(try message(xml) == "карта.docx:\(line): word/document.xml не в кодировке UTF-8 (байт \(tag + 2)) — файл повреждён или сохранён не Word")
    }

    @Test func everyKindOfBadSequenceIsRefused() throws {
        let good = Array(document().utf8)
        for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let tag = good.firstIndex(of: UInt8(ascii: "w"))!
            var xml = good
            xml.insert(contentsOf: bad, at: tag)
            #expect(try message(xml)?.contains("не в кодировке UTF-8") == true, "\(bad)")
        }
    }

    @Test func aDoctypeIsRefusedBeforeItsEntitiesExpand() throws {
        let laughs = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY l0 \"ха\">\(laughs)]>\n" + document()
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", with: "")
            .replacingOccurrences(of: "Совещание", with: "&l9;")
        #expect(try message(Array(xml.utf8)) == "карта.docx:2: word/document.xml содержит объявление DOCTYPE, какого в документах Word не бывает — файл подделан или повреждён; не читается")
    }

    /// Word's tables have at most 63 columns; a larger span is read as 63.
    @Test func aHugeColumnSpanIsBounded() throws {
        let xml = document().replacingOccurrences(of: "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">Совещание",
            with: "<w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">Совещание")
        #expect(xml.contains("2000000000"))
        let body = DocxBodyParser()
        #expect(XMLParserHarness.parse(xml, with: body))
        #expect(body.rows.last?.cells.count == 1 + 63 + 3)
    }
}
