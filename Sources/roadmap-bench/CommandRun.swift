#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One run of a program as a user runs it: its wall time from spawn to
/// exit, its exit status and its peak resident memory (from `wait4`, so
/// each run is measured alone, not the largest child so far; see
/// `RunOneCommand` for why a small parent must start it).
struct CommandRun: Codable {
    var seconds: Double
    var status: Int32
    var peakMegabytes: Double
    /// User and system time of the process: what the work costs whatever
    /// else the machine is doing.
    var cpu: Double

    /// Runs `arguments` (the first is the program's path) with `environment`
    /// added to this process's, output thrown away.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(arguments[0])") }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        func time(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        // WEXITSTATUS: the exit code sits in the second byte.
        return CommandRun(seconds: elapsed, status: (status >> 8) & 0xFF, peakMegabytes: Double(usage.ru_maxrss) / 1024,
                          cpu: time(usage.ru_utime) + time(usage.ru_stime))
    }

    /// `run` through a fresh `roadmap-bench run-command` (`bench`), so the
    /// peak memory is the command's own.
    static func measured(_ arguments: [String], bench: String, environment: [String: String]) throws -> CommandRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bench)
        process.arguments = ["run-command"] + arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("run-command failed: \(arguments.joined(separator: " "))") }
        return try JSONDecoder().decode(CommandRun.self, from: bytes)
    }
}
