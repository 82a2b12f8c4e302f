import Foundation

/// Without libFuzzer: runs the target on every file named on the command
/// line (or every file in the folders named), to replay a corpus or a crash.
public enum CorpusReplay {
    public static func run(name: String, _ target: ([UInt8]) -> Void) {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            print("\(name): укажите файлы или каталоги корпуса; для фаззинга соберите с -DFUZZING (README, «Надёжность»).")
            return
        }
        var count = 0
        for path in paths {
            for file in files(path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target([UInt8](data))
                count += 1
            }
        }
        print("\(name): проверено входов — \(count)")
    }

    private static func files(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
