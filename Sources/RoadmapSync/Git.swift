import Foundation

/// The real `git`, run as a subprocess in one directory. Both outputs are
/// read at the same time (stderr on its own thread), so a chatty command
/// never blocks on a full pipe.
public struct Git: Sendable {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String
        public var succeeded: Bool { status == 0 }
        /// stdout as text, without the final line break.
        public var text: String {
            var text = String(decoding: stdout, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    public let directory: URL
    /// Added to this process's environment for every call.
    public var environment: [String: String]

    public init(directory: URL, environment: [String: String] = [:]) {
        self.directory = directory
        self.environment = environment
    }

    /// Runs `git arguments…`; a failing git is an `Output`, not an error.
    /// Throws only when git cannot be started at all.
    public func run(_ arguments: [String]) throws(SyncError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(adding: environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        // Not `waitUntilExit`: it polls a run loop every 50 ms, which a sync
        // of twenty git calls would pay twenty times.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw Self.missing
        }
        let errors = ErrorStream(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.wait()
        exited.wait()
        // `env` says 127 when it finds no git to run.
        if process.terminationStatus == 127 { throw Self.missing }
        return Output(status: process.terminationStatus, stdout: Array(stdout),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs and requires success; a failure becomes `SyncError` saying
    /// `what` failed, with git's own line quoted.
    @discardableResult
    public func check(_ arguments: [String], _ what: String,
                      kind: SyncError.Kind = .failed) throws(SyncError) -> Output {
        let output = try run(arguments)
        guard output.succeeded else { throw SyncError.git(what, output, kind: kind) }
        return output
    }

    static let missing = SyncError("не удалось запустить git: он не установлен. Установите git (apt-get install git) и повторите.",
                                   kind: .failed)

    /// git never waits for a password nobody can type: without a terminal
    /// it fails at once, and credentials stay with git's own helpers.
    private static func environment(adding extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        if isatty(STDIN_FILENO) == 0 { environment["GIT_TERMINAL_PROMPT"] = "0" }
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        for (key, value) in extra { environment[key] = value }
        return environment
    }
}

/// stderr of a child, collected on a background thread until it closes.
private final class ErrorStream: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
