import Foundation
import RoadmapStore

/// What makes a data directory a synced git working tree: the files git must
/// leave alone, the merge driver for the record files, and the driver's
/// registration in the clone's own `.git/config` (done again on every sync,
/// so a moved program is found).
public struct RepositorySetup: Sendable {
    public static let driverName = "roadmap"

    /// The store's lock and journal and the temporary files of a save in
    /// progress: never data, never committed.
    static let ignored = [
        WriteLock.fileName,
        ".roadmap.journal",
        ".*.tmp-*",
        ".*.old-*",
    ]

    /// Record files merge record by record; roadmap.json line by line.
    static let attributes = [
        "progress/**/*.json merge=\(driverName)",
        "measures.json merge=\(driverName)",
        "schools.json merge=\(driverName)",
    ]

    let git: Git
    /// The absolute path of the running `roadmap`, for the driver command.
    let program: String

    public init(git: Git, program: String) {
        self.git = git
        self.program = program
    }

    /// Writes `.gitignore` and `.gitattributes` lines that are missing and
    /// registers the driver.
    func apply() throws(SyncError) {
        try ensureLines(Self.ignored, in: ".gitignore")
        try ensureLines(Self.attributes, in: ".gitattributes")
        try registerDriver()
    }

    /// Written only when it differs: `.git/config` stays untouched by a
    /// sync that has nothing new to say.
    func registerDriver() throws(SyncError) {
        let wanted = [
            "merge.\(Self.driverName).name": "roadmap: слияние записей по одной",
            "merge.\(Self.driverName).driver": "\(ShellQuote.word(program)) merge-driver %O %A %B %P",
        ]
        let current = try git.run(["config", "--get-regexp", "^merge\\.\(Self.driverName)\\."]).text
        let present = Set(current.split(separator: "\n").map(String.init))
        for (key, value) in wanted.sorted(by: { $0.key < $1.key }) where !present.contains("\(key) \(value)") {
            try git.check(["config", key, value], "записать настройки git")
        }
    }

    private func ensureLines(_ lines: [String], in name: String) throws(SyncError) {
        let url = git.directory.appendingPathComponent(name)
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let present = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += missing.joined(separator: "\n") + "\n"
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw SyncError("не удалось записать \(name): \(error.localizedDescription)", kind: .failed)
        }
    }
}

/// A word for `sh`: git runs the driver command through the shell.
enum ShellQuote {
    static func word(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
