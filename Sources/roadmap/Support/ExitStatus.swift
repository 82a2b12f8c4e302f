import ArgumentParser

/// Exit codes from sysexits(3), so scripts can tell a wrong call from wrong data.
enum ExitStatus {
    /// The data directory has errors (`roadmap validate` and every loading command).
    static let dataError = ExitCode(65)
    /// The data directory is not there (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// The data could not be written.
    static let cannotWrite = ExitCode(73)
    /// Someone else is writing, or changed the same record: nothing was
    /// written, and running the command again is the remedy.
    static let tryAgain = ExitCode(75)
}
