import Foundation
import ZIPFoundation

/// A document of other blocks than the справка's (the region's «сводная
/// информация»), printed by the same writers, so it looks like the справка
/// beside it.
public enum BlockDocument {
    public static func markdown(_ blocks: [DocumentBlock]) -> String {
        MarkdownReport.render(blocks)
    }

    /// The blocks as a Word document; `title` goes into its properties.
    public static func docx(_ blocks: [DocumentBlock], title: String, created: Date = Date()) throws(DocxReport.Failure) -> Data {
        // The region's summary is a few pages: built whole, unlike the справка.
        var body = ""
        DocxReport.document(blocks, to: &body)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("word/document.xml", body),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/header1.xml", DocxParts.pageNumberHeader),
            ("word/styles.xml", DocxParts.styles),
            ("docProps/core.xml", DocxParts.core(title: title, created: DocxReport.timestamp(created))),
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
            guard let data = archive.data else { throw DocxReport.Failure(description: "архив DOCX не собран") }
            return data
        } catch let failure as DocxReport.Failure {
            throw failure
        } catch {
            throw DocxReport.Failure(description: "не удалось собрать DOCX: \(error)")
        }
    }
}
