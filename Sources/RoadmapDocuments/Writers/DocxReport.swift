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
        var xml = ""
        document(report.blocks, to: &xml)
        let body = Data(xml.utf8)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            try fill(archive, report: report, created: created, body: Int64(body.count)) { position, size in
                body.subdata(in: Int(position)..<Int(position) + size)
            }
            guard let data = archive.data else { throw Failure(description: "архив DOCX не собран") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "не удалось собрать DOCX: \(error)")
        }
    }

    /// The same package written into `out` without holding it whole:
    /// `word/document.xml` goes through a megabyte's buffer into a scratch
    /// file, the archive is deflated from it into another, and that is
    /// copied into `out`. Memory stays flat however many rows there are.
    public static func write(_ report: Report, to out: DescriptorStream, created: Date = Date()) throws(Failure) {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-docx-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let xml = scratch.appendingPathComponent("document.xml")
            let size = try writeDocument(report.blocks, to: xml)
            let package = scratch.appendingPathComponent("report.docx")
            try pack(report, body: xml, size: size, into: package, created: created)
            try copy(package, into: out)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "не удалось собрать DOCX: \(error)")
        }
    }

    /// The package's parts in order, `word/document.xml` from `body`.
    static func fill(_ archive: Archive, report: Report, created: Date, body size: Int64,
                     body provider: (Int64, Int) throws -> Data) throws {
        let parts: [(String, String?)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("word/document.xml", nil),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/header1.xml", DocxParts.pageNumberHeader),
            ("word/styles.xml", DocxParts.styles),
            ("docProps/core.xml", DocxParts.core(title: report.heading, created: timestamp(created))),
            ("docProps/app.xml", DocxParts.app),
        ]
        for (path, text) in parts {
            guard let text else {
                try archive.addEntry(with: path, type: .file, uncompressedSize: size, modificationDate: created,
                                     compressionMethod: .deflate, bufferSize: 1 << 18, provider: provider)
                continue
            }
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: created, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// `word/document.xml` into a file; its size in bytes.
    static func writeDocument(_ blocks: [DocumentBlock], to file: URL) throws -> Int64 {
        let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "не удалось записать \(file.path): \(DocumentFile.reason(errno))") }
        let stream = DescriptorStream(fd: fd)
        var out = stream
        document(blocks, to: &out)
        let failed = stream.finish()
        close(fd)
        if let failed { throw Failure(description: "не удалось записать \(file.path): \(DocumentFile.reason(failed))") }
        return Int64(stream.count)
    }

    /// The archive at `package`, closed before it is read.
    static func pack(_ report: Report, body: URL, size: Int64, into package: URL, created: Date) throws {
        let archive = try Archive(url: package, accessMode: .create)
        let handle = try FileHandle(forReadingFrom: body)
        defer { try? handle.close() }
        try fill(archive, report: report, created: created, body: size) { position, size in
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: size) ?? Data()
        }
    }

    static func copy(_ file: URL, into out: DescriptorStream) throws {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            out.write(chunk)
        }
    }

    /// `word/document.xml`: the blocks in order, then the page settings.
    static func document(_ blocks: [DocumentBlock], to out: inout some TextOutputStream) {
        // Five columns of Russian text do not fit across A4 upright.
        let landscape = blocks.contains { block in
            if case .table(let table) = block { return table.columns.count >= 5 }
            return false
        }
        let width = WordML.textWidth(landscape: landscape)
        out.write(DocxParts.header)
        out.write("<w:document xmlns:w=\"\(DocxParts.wordNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        out.write("<w:body>")
        for block in blocks {
            switch block {
            case .issuer(let text): out.write(WordML.paragraph(text, centered: true))
            case .heading(let text): out.write(WordML.paragraph(text, style: "Title"))
            case .subheading(let text): out.write(WordML.paragraph(text, style: "Heading2"))
            case .paragraph(let text, let centered): out.write(WordML.paragraph(text, centered: centered))
            case .table(let table):
                WordML.table(table, width: width, to: &out)
                // Word needs a paragraph between two tables, or it joins them.
                out.write(WordML.paragraph(""))
            case .appendix(let text): out.write(WordML.paragraph(text, indent: width / 2))
            case .signature(let position, let name): out.write(WordML.signature(position: position, name: name, width: width))
            case .executor(let text): out.write(WordML.paragraph(text, small: true, spaceBefore: 480))
            }
        }
        out.write("\(WordML.section(landscape: landscape))</w:body></w:document>")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
