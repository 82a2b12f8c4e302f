/// Pieces of WordprocessingML (the XML inside a .docx), each from escaped
/// text, in the element order the schema requires (Word is strict about it).
enum WordML {
    /// Twentieths of a point: A4 is 11906 × 16838.
    static let a4Short = 11906, a4Long = 16838
    /// 2 cm margins, 1.5 cm at the bottom.
    static let margin = 1134, bottomMargin = 850

    /// A paragraph in a style, optionally centred and bold; line breaks in
    /// the text become `w:br`.
    static func paragraph(_ text: String, style: String? = nil, centered: Bool = false,
                          right: Bool = false, bold: Bool = false, keepNext: Bool = false,
                          indent: Int = 0, small: Bool = false, spaceBefore: Int = 0) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { properties += "<w:keepNext/>" }
        if spaceBefore > 0 { properties += "<w:spacing w:before=\"\(spaceBefore)\"/>" }
        if indent > 0 { properties += "<w:ind w:left=\"\(indent)\"/>" }
        if centered { properties += "<w:jc w:val=\"center\"/>" } else if right { properties += "<w:jc w:val=\"right\"/>" }
        var run = bold ? "<w:b/><w:bCs/>" : ""
        if small { run += "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>" }
        let runProperties = run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>"
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)<w:r>\(runProperties)\(runText(text))</w:r></w:p>"
    }

    /// The signer's position at the left margin and the name at the right,
    /// on one line (a right tab stop at the text's edge), with room above to sign.
    static func signature(position: String, name: String, width: Int) -> String {
        "<w:p><w:pPr><w:keepLines/><w:tabs><w:tab w:val=\"right\" w:pos=\"\(width)\"/></w:tabs>"
            + "<w:spacing w:before=\"720\"/></w:pPr><w:r>\(runText(position))</w:r><w:r><w:tab/>\(runText(name))</w:r></w:p>"
    }

    /// `w:t` pieces joined by breaks; spaces at the edges kept.
    static func runText(_ text: String) -> String {
        // Most cells have no tab and no line break: one piece, nothing replaced.
        if !text.containsByte(where: { $0 == 9 || $0 == 10 || $0 == 13 }) {
            return textElement(MarkupText.escape(text))
        }
        return MarkupText.lines(text).map { line in
            textElement(MarkupText.escape(line.replacingOccurrences(of: "\t", with: " ")))
        }.joined(separator: "<w:br/>")
    }

    /// A `w:t` of escaped text. Word drops spaces at the edges of a `w:t`
    /// and runs of spaces inside it unless told to keep them; saying so on
    /// every cell of a region's table would add a tenth to the document.
    static func textElement(_ escaped: String) -> String {
        textStart(keepingSpaces: keepsSpaces(escaped)) + escaped + "</w:t>"
    }

    static func textStart(keepingSpaces: Bool) -> String {
        keepingSpaces ? "<w:t xml:space=\"preserve\">" : "<w:t>"
    }

    static func keepsSpaces(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            if first == 0x20 || last == 0x20 { return true }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x20 && previous == 0x20 { return true }
                previous = byte
            }
            return false
        }
    }

    /// A bordered table across the text width, the first row repeated on
    /// every page (`w:tblHeader`), section rows merged across all columns;
    /// written row by row.
    static func table(_ table: DocumentTable, width: Int, to out: inout some TextOutputStream) {
        let total = max(1, table.columns.map(\.weight).reduce(0, +))
        let widths = table.columns.map { $0.weight * width / total }
        let border = { (name: String) in "<w:\(name) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined() + "</w:tblBorders>"
        xml += "<w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        xml += "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        // The header row and the first two rows keep together, so a table
        // never starts on the last lines of a page; a section row keeps
        // with the row after it, so it never stands alone at a page's foot.
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        xml += zip(table.columns, widths).map { column, w in
            cell(paragraph(column.title, style: "TableText", centered: true, bold: true, keepNext: true), width: w, shaded: true)
        }.joined() + "</w:tr>"
        out.write(xml)
        // A body cell is its opening (width, alignment, keep, bold), its
        // text and a fixed close: the openings of each column are made
        // once, not for every cell of a region's hundred thousand rows.
        let openings = [false, true].map { keep in
            [false, true].map { bold in
                zip(table.columns, widths).map { column, w in
                    BodyCell(width: w, right: column.numeric, bold: bold, keepNext: keep)
                }
            }
        }
        var index = 0
        table.forEachRow { row in
            defer { index += 1 }
            let keep = row.kind == .section || index < 1
            guard row.kind != .section else {
                out.write(self.row(row, keep: keep, columns: table.columns, widths: widths))
                return
            }
            out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            let cells = openings[keep ? 1 : 0][row.kind == .total ? 1 : 0]
            for column in 0..<min(cells.count, row.cells.count) {
                cells[column].write(row.cells[column], to: &out)
            }
            out.write("</w:tr>")
        }
        out.write("</w:tbl>")
    }

    /// One column's body cell, `cell(paragraph(text, style: "TableText",
    /// …), width:)`, cut around its text once so that each of a region's
    /// cells is a few writes of ready pieces.
    struct BodyCell {
        /// The whole cell when it has no text: its paragraph alone, no run
        /// (a school's row has no number and no deadline).
        let empty: String
        /// Up to the text, with and without `xml:space="preserve"`.
        let opening: String, openingKeepingSpaces: String
        /// Up to the run: for text with breaks, which `runText` writes.
        let paragraph: String, run: String
        static let close = "</w:t></w:r></w:p></w:tc>"

        init(width: Int, right: Bool, bold: Bool, keepNext: Bool) {
            let full = WordML.cell(WordML.paragraph("x", style: "TableText", right: right, bold: bold, keepNext: keepNext),
                                   width: width)
            let runStart = full.range(of: "<w:r>")!, text = full.range(of: textStart(keepingSpaces: false))!
            paragraph = String(full[..<runStart.lowerBound])
            run = String(full[runStart.lowerBound..<text.lowerBound])
            empty = paragraph + "</w:p></w:tc>"
            opening = paragraph + run + textStart(keepingSpaces: false)
            openingKeepingSpaces = paragraph + run + textStart(keepingSpaces: true)
        }

        func write(_ text: String, to out: inout some TextOutputStream) {
            if text.isEmpty {
                out.write(empty)
                return
            }
            if text.containsByte(where: { $0 == 9 || $0 == 10 || $0 == 13 }) {
                out.write(paragraph + run)
                out.write(runText(text))
                out.write("</w:r></w:p></w:tc>")
                return
            }
            let escaped = MarkupText.escape(text)
            out.write(keepsSpaces(escaped) ? openingKeepingSpaces : opening)
            out.write(escaped)
            out.write(Self.close)
        }
    }

    static func row(_ row: DocumentTable.Row, keep: Bool, columns: [DocumentTable.Column], widths: [Int]) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        if row.kind == .section {
            xml += cell(paragraph(row.cells[0], style: "TableText", bold: true, keepNext: keep),
                        width: widths.reduce(0, +), span: widths.count)
        } else {
            xml += zip(zip(columns, widths), row.cells).map { pair, text in
                cell(paragraph(text, style: "TableText", right: pair.0.numeric, bold: row.kind == .total,
                               keepNext: keep), width: pair.1)
            }.joined()
        }
        return xml + "</w:tr>"
    }

    static func cell(_ content: String, width: Int, span: Int = 1, shaded: Bool = false) -> String {
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if shaded { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>" }
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(content)</w:tc>"
    }

    /// A4, landscape when asked (a five-column table does not fit upright).
    static func section(landscape: Bool) -> String {
        let (w, h) = landscape ? (a4Long, a4Short) : (a4Short, a4Long)
        let orientation = landscape ? " w:orient=\"landscape\"" : ""
        // Page numbers from the second page on, in the middle of the top
        // margin (ГОСТ Р 7.0.97): the header has no first-page variant.
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
            + "<w:pgSz w:w=\"\(w)\" w:h=\"\(h)\"\(orientation)/>"
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(bottomMargin)\" w:left=\"\(margin)\" w:header=\"567\" w:footer=\"709\" w:gutter=\"0\"/>"
            + "<w:titlePg/></w:sectPr>"
    }

    static func textWidth(landscape: Bool) -> Int {
        (landscape ? a4Long : a4Short) - 2 * margin
    }
}
