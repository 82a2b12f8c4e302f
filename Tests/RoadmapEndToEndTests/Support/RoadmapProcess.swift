import Foundation

/// Runs the built `roadmap` binary the way a user or a script would.
struct RoadmapProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary SwiftPM built next to the test bundle.
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("roadmap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/roadmap")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static let testCache = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-test-cache").path

    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        var environment = extra
        // `overdue` keeps an index in the user's cache folder: tests keep theirs in /tmp.
        if environment["XDG_CACHE_HOME"] == nil { environment["XDG_CACHE_HOME"] = testCache }
        return try execute(binary, arguments, environment: environment)
    }

    /// Runs any program with this process's environment less `ROADMAP_DATA`,
    /// plus `extra`; stdin closed, both outputs captured.
    static func execute(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["ROADMAP_DATA"] = nil
        for (key, value) in extra { environment[key] = value }
        var attempt = 0
        while true {
            attempt += 1
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch where attempt < 50 && isTextFileBusy(error) {
                Thread.sleep(forTimeInterval: 0.05)
                continue
            }
            return finish(process, out, err)
        }
    }

    /// A program copied a moment ago may still be open for writing in a
    /// child another test has just forked (the copy's descriptor closes when
    /// that child runs its program): until then the kernel refuses to start
    /// it, «Text file busy».
    private static func isTextFileBusy(_ error: any Error) -> Bool {
        let error = error as NSError
        return [error, error.userInfo[NSUnderlyingErrorKey] as? NSError].contains { found in
            found?.domain == NSPOSIXErrorDomain && found?.code == Int(ETXTBSY)
        }
    }

    private static func finish(_ process: Process, _ out: Pipe, _ err: Pipe) -> Result {
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Every file under the folder with its bytes, to prove nothing changed.
    func snapshot() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        while let file = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[file.path] = try Data(contentsOf: file)
            }
        }
        return result
    }
}
