import Foundation
import RoadmapImport
import RoadmapModel
import ZIPFoundation

/// Fuzz target for the office readers: the first byte picks how the rest
/// is read, the rest is the input. Reading must end, in time proportional
/// to the input, with a roadmap or an `ImportError` that names the file
/// and says something — never a trap, a hang or memory without end.
///
/// Mutated archives mostly fail their checksum before any XML is parsed,
/// so a second form hands the bytes to the XML reader inside a stored zip
/// the target makes itself. Each package (DOCX, ODT, XLSX) has both forms;
/// new forms go at the end, so the corpus keeps its meaning.
enum FuzzDocx {
    enum Form: CaseIterable {
        /// The bytes are the DOCX file.
        case docx
        /// The bytes are `word/document.xml`.
        case documentXML
        /// The bytes are the ODT file.
        case odt
        /// The bytes are an ODT's `content.xml`.
        case contentXML
        /// The bytes are the XLSX file.
        case xlsx
        /// The bytes are the only sheet of a workbook the target makes.
        case sheetXML

        var ext: String {
            switch self {
            case .docx, .documentXML: "docx"
            case .odt, .contentXML: "odt"
            case .xlsx, .sheetXML: "xlsx"
            }
        }

        /// The package the bytes are read as.
        func document(_ bytes: Data) -> Data? {
            switch self {
            case .docx, .odt, .xlsx: bytes
            case .documentXML: zipped([("word/document.xml", bytes)])
            case .contentXML: zipped([("content.xml", bytes)])
            case .sheetXML: zipped(workbook + [("xl/worksheets/sheet1.xml", bytes)])
            }
        }
    }

    static let forms = Form.allCases
    static let file = "fuzz.docx"

    /// A workbook of one sheet, its part left for the input.
    static let workbook: [(String, Data)] = [
        ("xl/workbook.xml", Data(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
        ("xl/_rels/workbook.xml.rels", Data(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8)),
    ]
    static let options = ImportOptions(period: Period(parsing: "2022")!)

    static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let bytes = Data(input.dropFirst())
        let form = forms[Int(first) % forms.count]
        guard let document = form.document(bytes) else { return }
        do throws(ImportError) {
            let report = try RoadmapImporter.read(document, file: file, options: options, ext: form.ext)
            check(!report.data.measures.isEmpty, "прочитано без мероприятий")
        } catch {
            check(error.file == file, "чужой файл в сообщении: \(error)")
            check(!error.message.isEmpty, "пустое сообщение")
            if let line = error.line { check(line >= 0, "строка \(line): \(error)") }
        }
    }

    /// The parts as a stored zip.
    static func zipped(_ parts: [(String, Data)]) -> Data? {
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for (name, xml) in parts {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(xml.count),
                                     compressionMethod: .none) { position, size in
                    xml.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return archive.data
        } catch {
            return nil
        }
    }

    static func check(_ condition: Bool, _ what: String) {
        if !condition { preconditionFailure(what) }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocxInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDocx.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; libFuzzer's
/// own driver then runs the target.
@_cdecl("fuzz_docx_main")
public func fuzzDocxMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzer(&count, &arguments, fuzzDocxInput)
}
#else
import FuzzSupport

@main
enum FuzzDocxReplay {
    static func main() {
        CorpusReplay.run(name: "fuzz-docx", FuzzDocx.run)
    }
}
#endif
