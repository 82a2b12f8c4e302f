import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A collector of rows from one XML part of an office package.
protocol OfficeBodyParser: XMLParserDelegate {
    var rows: [SourceRow] { get }
    /// Set when the part holds more rows than `InputLimits.rows`.
    var tooManyRows: Bool { get }
}

/// How errors name a package format: «как DOCX», «не документ Word
/// (DOCX)», «сохранён не Word».
struct OfficeFormat: Sendable {
    var short: String
    var document: String
    var program: String

    static let docx = OfficeFormat(short: "DOCX", document: "Word (DOCX)", program: "Word")
    static let odt = OfficeFormat(short: "ODT", document: "OpenDocument (ODT)", program: "LibreOffice")
}

/// Takes one XML part out of an office package (DOCX, ODT), checks it and
/// walks it with `body`: the same safe path for every format.
enum OfficePartReader {
    static func read(_ data: Data, file: String, part: String, format: OfficeFormat, body: some OfficeBodyParser,
                     limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) -> [SourceRow] {
        let found: Data?
        do throws(ZipFault) {
            found = try OfficeArchive(data, limits: limits).part(part)
        } catch {
            throw ImportError(file: file, "не удалось открыть как \(format.short): \(error.text)")
        }
        guard let xml = found else {
            throw ImportError(file: file, "в архиве нет \(part) — это не документ \(format.document)")
        }
        try XMLInput.check(xml, part: part, file: file)
        let parser = XMLParser(data: xml)
        parser.delegate = body
        guard parser.parse() else {
            if body.tooManyRows { throw InputLimits.tooManyRows(file) }
            throw ImportError(file: file, line: parser.lineNumber,
                              "\(part) повреждён: ошибка разметки XML — файл повреждён или сохранён не \(format.program)")
        }
        return body.rows
    }
}
