import Foundation
import ZIPFoundation

/// The report as a Word document (WordprocessingML in a zip package), the
/// form a department signs: A4 landscape for the five-column table, Times
/// New Roman, bordered tables with the header row repeated on each page.
public enum DocxReport {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `created` goes into the document properties (and the zip entries'
    /// dates), so a test can fix it.
    public static func render(_ report: Report, created: Date = Date()) throws(Failure) -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("word/document.xml", document(report.blocks)),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/header1.xml", DocxParts.pageNumberHeader),
            ("word/styles.xml", DocxParts.styles),
            ("docProps/core.xml", DocxParts.core(title: report.heading, created: timestamp(created))),
            ("docProps/app.xml", DocxParts.app),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: created, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "архив DOCX не собран") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "не удалось собрать DOCX: \(error)")
        }
    }

    /// `word/document.xml`: the blocks in order, then the page settings.
    static func document(_ blocks: [DocumentBlock]) -> String {
        // Five columns of Russian text do not fit across A4 upright.
        let landscape = blocks.contains { block in
            if case .table(let table) = block { return table.columns.count >= 5 }
            return false
        }
        let width = WordML.textWidth(landscape: landscape)
        var body = ""
        for block in blocks {
            switch block {
            case .issuer(let text): body += WordML.paragraph(text, centered: true)
            case .heading(let text): body += WordML.paragraph(text, style: "Title")
            case .subheading(let text): body += WordML.paragraph(text, style: "Heading2")
            case .paragraph(let text, let centered): body += WordML.paragraph(text, centered: centered)
            case .table(let table):
                body += WordML.table(table, width: width)
                // Word needs a paragraph between two tables, or it joins them.
                body += WordML.paragraph("")
            case .appendix(let text): body += WordML.paragraph(text, indent: width / 2)
            case .signature(let position, let name): body += WordML.signature(position: position, name: name, width: width)
            case .executor(let text): body += WordML.paragraph(text, small: true, spaceBefore: 480)
            }
        }
        return DocxParts.header
            + "<w:document xmlns:w=\"\(DocxParts.wordNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<w:body>\(body)\(WordML.section(landscape: landscape))</w:body></w:document>"
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
