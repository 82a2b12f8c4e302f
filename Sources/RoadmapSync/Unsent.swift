import Foundation
import RoadmapStore

/// What a clone has that its server has not, as of the last fetch: marks
/// saved since (committed or not), one per history entry, and plan files
/// changed, one each — the «не отправлено: 3 изменения» of the header.
public struct SyncOverview: Sendable, Hashable {
    public var unsent: Int
    public var lastSync: Date?

    /// Whether the directory is a git working tree with a server: one git
    /// call, cheap enough before a screen opens.
    public static func isConnected(_ root: URL) -> Bool {
        let repository = Repository(git: Git(directory: root))
        return repository.exists && ((try? repository.remoteURL()) ?? nil) != nil
    }

    /// Nil when the directory is not a git working tree with a server.
    public static func of(_ root: URL) -> SyncOverview? {
        guard isConnected(root) else { return nil }
        let repository = Repository(git: Git(directory: root))
        return SyncOverview(unsent: (try? unsent(repository)) ?? 0, lastSync: LastSync.read(root))
    }

    private static func unsent(_ repository: Repository) throws(SyncError) -> Int {
        let branch = try repository.branch()
        let remote = try repository.remoteHead(branch)
        var paths = try remote.map { remote throws(SyncError) in try repository.changedPaths([remote]) } ?? []
        let untracked = try repository.git.run(["ls-files", "-z", "--others", "--exclude-standard", "--", "*.json"])
        paths += untracked.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        if remote == nil {
            let tracked = try repository.git.run(["ls-files", "-z", "--", "*.json"])
            paths += tracked.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        let describe = ChangeLines(data: nil)
        var count = 0
        for path in Set(paths) where path.hasSuffix(".json") {
            let now = FileManager.default.contents(atPath: repository.git.directory.appendingPathComponent(path).path).map(Array.init)
            count += describe.lines(path: path, before: try repository.file(path, at: remote), after: now).count
        }
        return count
    }
}
