import Foundation
import RoadmapModel
import RoadmapStore

/// Fuzz target for the JSON loader: the first byte picks the file kind
/// (roadmap, schools, measures, municipal or a school's progress), the rest
/// is the file. Loading must answer with messages, never crash or hang;
/// every message names a place inside the file; and whatever parses writes
/// back and parses again to the same value.
enum FuzzStore {
    static let kinds: [DataFile] = [.roadmap, .schools, .measures, .progress(school: nil), .progress(school: "urozhaynoe")]

    static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let bytes = Array(input.dropFirst())
        let file = kinds[Int(first) % kinds.count]
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for diagnostic in DataDirectory.check(bytes, as: file) {
            check(!diagnostic.message.isEmpty, "пустое сообщение")
            check(diagnostic.file == file.relativePath, "чужой файл в сообщении: \(diagnostic)")
            if let line = diagnostic.line { check(line >= 0 && line <= lines, "строка вне файла: \(diagnostic)") }
        }
        let parsed = JSONParser.parse(bytes)
        if let root = parsed.root, parsed.errors.isEmpty {
            let again = JSONParser.parse(JSONWriter.bytes(root.plain))
            check(again.errors.isEmpty && again.root?.plain == root.plain, "запись и новое чтение дали другое")
        }
    }

    static func check(_ condition: Bool, _ what: String) {
        if !condition { preconditionFailure(what) }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoreInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzStore.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; libFuzzer's
/// own driver then runs the target.
@_cdecl("fuzz_store_main")
public func fuzzStoreMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzer(&count, &arguments, fuzzStoreInput)
}
#else
import FuzzSupport

@main
enum FuzzStoreReplay {
    static func main() {
        CorpusReplay.run(name: "fuzz-store", FuzzStore.run)
    }
}
#endif
