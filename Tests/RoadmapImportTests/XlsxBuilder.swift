import Foundation

/// A workbook written part by part, so a test can give a sheet exactly the
/// cells, styles and merges Excel writes (`<c r="C3" s="1"><v>44681</v></c>`).
struct XlsxBuilder {
    struct Sheet {
        var name: String
        /// The `<sheetData>` rows.
        var rows: String
        /// Merged ranges, «A5:E5».
        var merges: [String] = []
        var hidden = false
        /// The whole part instead, as written.
        var raw: String? = nil
    }

    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    /// `numFmtId` of each cell style, in `cellXfs` order.
    var styleFormats: [Int] = [0]
    var numberFormats: [Int: String] = [:]

    /// A row of inline strings: `cells` from column A.
    static func row(_ number: Int, _ cells: [String], hidden: Bool = false) -> String {
        let hiddenAttribute = hidden ? " hidden=\"1\"" : ""
        let body = cells.enumerated().filter { !$0.element.isEmpty }.map { index, text in
            "<c r=\"\(column(index))\(number)\" t=\"inlineStr\"><is><t>\(escaped(text))</t></is></c>"
        }.joined()
        return "<row r=\"\(number)\"\(hiddenAttribute)>\(body)</row>"
    }

    static func mergeCells(_ ranges: [String]) -> String {
        ranges.isEmpty ? "" : "<mergeCells>" + ranges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
    }

    static func column(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : column(index / 26 - 1) + column(index % 26)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    func data() throws -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let sheetEntries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" state=\"\(sheet.hidden ? "hidden" : "visible")\" r:id=\"rId\(index + 10)\"/>"
        }.joined()
        let relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 10)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined() + "<Relationship Id=\"rId1\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        let strings = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\(Self.escaped($0))</t></si>" }.joined()
        let formats = numberFormats.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(Self.escaped($0.value).replacingOccurrences(of: "\"", with: "&quot;"))\"/>" }.joined()
        let styles = styleFormats.map { "<xf numFmtId=\"\($0)\"/>" }.joined()
        var parts: [(String, Data)] = [
            ("xl/workbook.xml", Data("<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(sheetEntries)</sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>".utf8)),
            ("xl/sharedStrings.xml", Data("<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">\(strings)</sst>".utf8)),
            ("xl/styles.xml", Data("<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\"><numFmts>\(formats)</numFmts><cellXfs>\(styles)</cellXfs></styleSheet>".utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.raw.map { Data($0.utf8) } ??
                          Data("<?xml version=\"1.0\"?><worksheet xmlns=\"\(main)\"><sheetData>\(sheet.rows)</sheetData>\(Self.mergeCells(sheet.merges))</worksheet>".utf8)))
        }
        return try ZipMaker.archive(parts)
    }
}
