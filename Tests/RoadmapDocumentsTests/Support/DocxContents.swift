import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A .docx opened the way a word processor opens it: the zip's parts, each
/// checked to be well-formed XML, and the text of `word/document.xml`.
struct DocxContents {
    var parts: [String: String]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        self.parts = parts
    }

    /// The parser's error for a part, or nil when it is well-formed.
    func xmlError(in part: String) -> String? {
        guard let text = parts[part] else { return "missing" }
        let parser = XMLParser(data: Data(text.utf8))
        let collector = TextCollector()
        parser.delegate = collector
        return parser.parse() ? nil : String(describing: parser.parserError)
    }

    /// The paragraphs' text of the document body (`w:t` joined, one string
    /// per `w:p`, a run's tab as `\t`).
    func paragraphs() -> [String] {
        let parser = XMLParser(data: Data((parts["word/document.xml"] ?? "").utf8))
        let collector = TextCollector()
        parser.delegate = collector
        _ = parser.parse()
        return collector.paragraphs
    }
}

private final class TextCollector: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    private var current = ""
    private var inText = false
    /// `w:tab` is a tab stop inside `w:tabs`, a tab character in a run.
    private var inTabStops = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "w:t" { inText = true }
        if name == "w:br" { current += "\n" }
        if name == "w:tabs" { inTabStops = true }
        if name == "w:tab" && !inTabStops { current += "\t" }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" { inText = false }
        if name == "w:tabs" { inTabStops = false }
        if name == "w:p" { paragraphs.append(current); current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
