import Foundation
import ZIPFoundation

/// A minimal Word document written by hand, zipped with ZIPFoundation: a
/// title paragraph and one table, so the DOCX reader meets real
/// WordprocessingML (`w:gridSpan`, `w:vMerge`, `w:br`, `w:tab`).
struct DocxBuilder {
    enum Cell {
        case text([String])
        /// Spans `span` grid columns.
        case spanning(String, span: Int)
        /// Starts a vertical merge / continues one (empty in the lower rows).
        case mergeStart(String)
        case mergeContinue
    }

    var paragraphs: [String] = []
    var rows: [[Cell]] = []
    var columns = 5

    func documentXML() -> String {
        var body = paragraphs.map { "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>\(Self.run($0))</w:p>" }.joined()
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"2000\"/>", count: columns) + "</w:tblGrid>"
        for row in rows {
            body += "<w:tr>" + row.map(Self.cell).joined() + "</w:tr>"
        }
        body += "</w:tbl><w:sectPr/>"
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
        """
    }

    private static func cell(_ cell: Cell) -> String {
        switch cell {
        case .text(let paragraphs):
            return "<w:tc>" + (paragraphs.isEmpty ? ["<w:p/>"] : paragraphs.map { "<w:p>\(run($0))</w:p>" }).joined() + "</w:tc>"
        case .spanning(let text, let span):
            return "<w:tc><w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>\(escape(text))</w:t></w:r></w:p></w:tc>"
        case .mergeStart(let text):
            return "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p>\(run(text))</w:p></w:tc>"
        case .mergeContinue:
            return "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        }
    }

    /// A run per line: `\n` becomes `w:br`, `\t` becomes `w:tab`.
    private static func run(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>" }.joined(separator: "<w:tab/>")
        }
        return "<w:r>" + lines.joined(separator: "<w:br/>") + "</w:r>"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    func write(to url: URL) throws {
        try data().write(to: url)
    }

    /// The document zipped in memory.
    func data() throws -> Data {
        try ZipMaker.archive(Self.packageParts + [("word/document.xml", Data(documentXML().utf8))])
    }

    /// Every part but the body, which a test may write itself.
    static let packageParts: [(String, Data)] = [
        ("[Content_Types].xml", Data("""
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """.utf8)),
        ("_rels/.rels", Data("""
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """.utf8)),
    ]
}

extension DocxBuilder {
    /// A plan for 2022 with `count` measures in one table, for the tests
    /// that damage or forge the package around it.
    static func plan(measures count: Int) -> DocxBuilder {
        var builder = DocxBuilder()
        builder.paragraphs = ["План мероприятий на 2022 год"]
        builder.rows = [SampleTable.header.map { .text([$0]) }]
        for number in 1...count {
            builder.rows.append([.text(["\(number)."]), .text(["Совещание \(number)"]), .text(["до 30.09.2022"]),
                                 .text(["Руководители ОО", "ИМЦ УО"]), .text(["Справка"])])
        }
        return builder
    }
}
