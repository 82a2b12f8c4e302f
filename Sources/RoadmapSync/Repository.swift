import Foundation
import RoadmapStore

/// Questions asked of the clone: where its refs point, what a file was.
struct Repository: Sendable {
    static let remote = "origin"

    let git: Git

    var gitDirectory: URL { git.directory.appendingPathComponent(".git") }

    /// Only a `.git` in the data directory itself counts: a data directory
    /// inside some other repository (a home folder kept in git) is not synced.
    var exists: Bool { FileManager.default.fileExists(atPath: gitDirectory.path) }

    func remoteURL() throws(SyncError) -> String? {
        let output = try git.run(["remote", "get-url", Self.remote])
        return output.succeeded ? output.text : nil
    }

    func head() throws(SyncError) -> String? {
        try commit("HEAD")
    }

    func commit(_ name: String) throws(SyncError) -> String? {
        let output = try git.run(["rev-parse", "--verify", "-q", name + "^{commit}"])
        return output.succeeded ? output.text : nil
    }

    func branch() throws(SyncError) -> String {
        let output = try git.run(["symbolic-ref", "--short", "-q", "HEAD"])
        guard output.succeeded, !output.text.isEmpty else {
            throw SyncError("в каталоге данных git не на ветке (HEAD отсоединён): переключитесь на ветку (git switch main)",
                            kind: .usage)
        }
        return output.text
    }

    func remoteHead(_ branch: String) throws(SyncError) -> String? {
        try commit("refs/remotes/\(Self.remote)/\(branch)")
    }

    func isAncestor(_ ancestor: String, of descendant: String) throws(SyncError) -> Bool {
        try git.run(["merge-base", "--is-ancestor", ancestor, descendant]).succeeded
    }

    func hasCommonHistory(_ a: String, _ b: String) throws(SyncError) -> Bool {
        try git.run(["merge-base", a, b]).succeeded
    }

    /// A file as a commit (or the index, `":"`) holds it; nil when absent.
    func file(_ path: String, at revision: String?) throws(SyncError) -> [UInt8]? {
        guard let revision else { return nil }
        let output = try git.run(["show", "\(revision):\(path)"])
        return output.succeeded ? output.stdout : nil
    }

    /// Paths that differ, NUL separated so any name survives.
    func changedPaths(_ arguments: [String]) throws(SyncError) -> [String] {
        let output = try git.check(["diff", "--name-only", "--no-renames", "-z"] + arguments, "сравнить версии")
        return output.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    var isMerging: Bool {
        FileManager.default.fileExists(atPath: gitDirectory.appendingPathComponent("MERGE_HEAD").path)
    }

    /// `-c user.name=… -c user.email=…` when git has no identity configured:
    /// the login and the machine, so the history still names someone.
    func identity() throws(SyncError) -> [String] {
        var configured: [String: String] = [:]
        for line in try git.run(["config", "--get-regexp", "^user\\.(name|email)$"]).text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2, !parts[1].isEmpty { configured[parts[0]] = parts[1] }
        }
        if configured["user.name"] != nil, configured["user.email"] != nil { return [] }
        let login = LoginName.current
        return ["-c", "user.name=\(configured["user.name"] ?? login)",
                "-c", "user.email=\(configured["user.email"] ?? "\(login)@\(ProcessInfo.processInfo.hostName)")"]
    }
}
