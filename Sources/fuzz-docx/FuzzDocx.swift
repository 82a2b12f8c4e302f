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
/// the target makes itself. A reader for another package (ODT, XLSX) joins
/// by adding its forms to `forms`.
enum FuzzDocx {
    enum Form: CaseIterable {
        /// The bytes are the DOCX file.
        case docx
        /// The bytes are `word/document.xml`.
        case documentXML
    }

    static let forms = Form.allCases
    static let file = "fuzz.docx"
    static let options = ImportOptions(period: Period(parsing: "2022")!)

    static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let bytes = Data(input.dropFirst())
        let document: Data
        switch forms[Int(first) % forms.count] {
        case .docx: document = bytes
        case .documentXML:
            guard let zipped = zipped(bytes) else { return }
            document = zipped
        }
        do throws(ImportError) {
            let report = try RoadmapImporter.read(document, file: file, options: options, ext: "docx")
            check(!report.data.measures.isEmpty, "прочитано без мероприятий")
        } catch {
            check(error.file == file, "чужой файл в сообщении: \(error)")
            check(!error.message.isEmpty, "пустое сообщение")
            if let line = error.line { check(line >= 0, "строка \(line): \(error)") }
        }
    }

    /// The bytes as the only body part of a stored zip.
    static func zipped(_ xml: Data) -> Data? {
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
                                 compressionMethod: .none) { position, size in
                xml.subdata(in: Int(position)..<Int(position) + size)
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
