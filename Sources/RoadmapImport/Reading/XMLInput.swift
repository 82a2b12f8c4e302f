import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an XML part must be before Foundation's XMLParser sees it: valid
/// UTF-8 (the parser traps on a name that is not) and without a DOCTYPE
/// (office parts never carry one, and its entities can expand a few bytes
/// into gigabytes).
enum XMLInput {
    /// `program` is who saves such files («Word», «LibreOffice», «Excel»): the message says it.
    static func check(_ data: Data, part: String, file: String, program: String = "Word") throws(ImportError) {
        if String(validating: data, as: UTF8.self) == nil {
            let bytes = [UInt8](data)
            let bad = TextDecoding.firstInvalidOffset(bytes)
            throw ImportError(file: file, line: TextDecoding.line(ofOffset: bad, in: bytes),
                              "\(part) не в кодировке UTF-8 (байт \(bad + 1)) — файл повреждён или сохранён не \(program)")
        }
        if let doctype = data.range(of: Data("<!DOCTYPE".utf8)) {
            let bytes = [UInt8](data)
            throw ImportError(file: file, line: TextDecoding.line(ofOffset: doctype.lowerBound - data.startIndex, in: bytes),
                              "\(part) содержит объявление DOCTYPE, какого в документах \(program) не бывает — файл подделан или повреждён; не читается")
        }
    }

    /// Whether a finished parse failed. Foundation's parser on Linux may
    /// return true from `parse()` with the error set (a tag closed out of
    /// order); libxml2's warnings (a relative namespace URI) are no failure.
    static func failed(_ parser: XMLParser, parsed: Bool) -> Bool {
        guard parsed else { return true }
        guard let error = parser.parserError as NSError? else { return false }
        return !warnings.contains(error.code)
    }

    /// libxml2's warning codes (`XML_WAR_*`).
    private static let warnings: Set<Int> = [27, 93, 98, 99, 100, 102, 106, 107]
}
