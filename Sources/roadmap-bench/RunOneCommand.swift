import ArgumentParser
import Foundation

/// Runs one command and prints its time, exit status and peak memory as a
/// line of JSON. `run` starts the timed commands through this small, fresh
/// process: a process started from one that holds a whole region inherits
/// that process's peak resident memory in its own (Linux keeps the larger of
/// the two across `exec`), so only a small parent gives each command its own.
/// Hidden: it is a part of `run`.
struct RunOneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-command",
        abstract: "Time one command and read its peak memory (used by `run`).",
        shouldDisplay: false
    )

    @Argument(parsing: .captureForPassthrough) var command: [String]

    func run() throws {
        let result = try CommandRun.run(command)
        let encoder = JSONEncoder()
        FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
    }
}
