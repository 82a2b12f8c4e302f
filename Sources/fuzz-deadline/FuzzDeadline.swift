import Foundation
import RoadmapModel

/// Fuzz target for the deadline grammar: any bytes, read as UTF-8, are
/// parsed in an academic and a calendar roadmap, and what the README
/// promises must hold — the phrase kept as written, windows ordered and
/// inside years 1…9999, the kind agreeing with its windows, the same answer
/// twice. A broken promise stops the run (`preconditionFailure`) so
/// libFuzzer keeps the input.
///
/// Built for libFuzzer with `-DFUZZING` (see README «Надёжность»); in a
/// normal build it is a small program that replays corpus files given as
/// arguments, so the target always compiles and never runs on its own.
enum FuzzDeadline {
    static let contexts = [
        DeadlineContext(period: Period(parsing: "2020-2021")!),
        DeadlineContext(period: Period(parsing: "2022")!),
        DeadlineContext(period: Period(parsing: "2022")!, termEnds: []),
    ]

    static func run(_ bytes: [UInt8]) {
        let phrase = String(decoding: bytes, as: UTF8.self)
        for context in contexts {
            let deadline = DeadlineParser.parse(phrase, in: context)
            check(deadline.phrase == phrase, "фраза изменена", phrase)
            for window in deadline.windows {
                check(window.start <= window.end, "окно наоборот: \(window)", phrase)
                check((1...9999).contains(window.start.year) && (1...9999).contains(window.end.year),
                      "год вне 1…9999: \(window)", phrase)
            }
            switch deadline.kind {
            case .unrecognized, .unscheduled:
                check(deadline.windows.isEmpty && deadline.recurrence == nil, "окна у срока без дат", phrase)
            case .recurring:
                check(deadline.recurrence != nil, "повторение без вида", phrase)
            case .windows, .continuous:
                check(!deadline.windows.isEmpty && deadline.recurrence == nil, "срок без окон", phrase)
            }
            check(DeadlineParser.parse(phrase, in: context) == deadline, "второй разбор дал другое", phrase)
        }
    }

    static func check(_ condition: Bool, _ what: String, _ phrase: String) {
        if !condition { preconditionFailure("\(what): «\(phrase)»") }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeadlineInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDeadline.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; libFuzzer's
/// own driver then runs the target.
@_cdecl("fuzz_deadline_main")
public func fuzzDeadlineMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzer(&count, &arguments, fuzzDeadlineInput)
}
#else
import FuzzSupport

@main
enum FuzzDeadlineReplay {
    static func main() {
        CorpusReplay.run(name: "fuzz-deadline", FuzzDeadline.run)
    }
}
#endif
