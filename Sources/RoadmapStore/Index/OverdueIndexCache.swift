import Foundation
import RoadmapModel
import RoadmapFiles

/// The overdue index of one data directory, kept in the user's cache folder
/// (`$XDG_CACHE_HOME/roadmap/`, else `~/.cache/roadmap/`), never inside the
/// data directory: a read-only, shared, synced or versioned directory never
/// sees it.
///
/// The JSON files stay the truth. `cached()` answers only when every file
/// the loader would read still has the stamp it had at the build (and racy
/// ones the same bytes); on any doubt it answers nil and the caller loads
/// the JSON through `loadAndRebuild()`. The cache is disposable: a failure
/// to write it is silent, and the next run simply reads the JSON again.
public struct OverdueIndexCache: Sendable {
    public let root: URL
    /// Where the cache file lives; nil when there is no cache folder at all.
    public let file: URL?

    /// What a fresh cache knows: the index, and how many warnings the load
    /// it was built from gave (the files are unchanged, so the same count).
    public struct Hit: Sendable {
        public var index: OverdueIndex
        public var warningCount: Int
    }

    public init(root: URL, file: URL? = nil) {
        self.root = root
        self.file = file ?? Self.defaultFile(for: root)
    }

    /// `<cache>/roadmap/overdue-<hash of the real path>.index`.
    public static func defaultFile(for root: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        CacheFolder.file("overdue", for: root, environment: environment)
    }

    /// The index when it still describes the files on disk, else nil.
    public func cached() -> Hit? {
        // A change to several files that a crash interrupted counts as made
        // (the loader reads it whole), while the stamps may still be the old ones.
        guard !Journal.exists(in: root.standardizedFileURL.path) else { return nil }
        guard let stored = stored(),
              stored.index.sources.describe(root, current: SourceFiles.stamps(root, paths: SourceFiles.list(root)))
        else { return nil }
        settle(stored)
        return Hit(index: stored.index, warningCount: stored.warningCount)
    }

    /// Racy files confirmed by their bytes and now past the racy window are
    /// stamped for good (`settled()`).
    func settle(_ stored: OverdueCacheFile) {
        guard let sources = stored.index.sources.settled() else { return }
        var settled = stored
        settled.index.sources = sources
        write(settled)
    }

    /// Loads the JSON as `DataDirectory.load()` does and, when it loaded
    /// without errors, writes a new index from it.
    ///
    /// Stamps and racy hashes are taken *before* the read: a file changed
    /// while it is read then no longer matches its stamp (or its hash), so
    /// the next run reloads it instead of trusting an index of older bytes.
    public func loadAndRebuild() -> LoadReport {
        let builtAt = SourceFiles.now()
        let stamps = SourceFiles.stampsForBuild(root, paths: SourceFiles.list(root), at: builtAt)
        let report = DataDirectory(root).load()
        if let data = report.data, report.errors.isEmpty, file != nil {
            let index = OverdueIndex(data: data, sources: stamps, builtAt: builtAt)
            write(OverdueCacheFile(directory: CacheFolder.realPath(root), warningsByFile: OverdueCacheFile.warnings(of: report), index: index))
        }
        return report
    }

    /// Replaced atomically, without flushing: after a crash a damaged file
    /// fails its checksum and is rebuilt.
    func write(_ contents: OverdueCacheFile) {
        guard let file else { return }
        CacheFolder.write(contents.encoded(), to: file)
    }
}
