import Foundation
import RoadmapFiles

/// Where the derived files of a data directory live: the user's cache
/// folder (`$XDG_CACHE_HOME/roadmap/`, else `~/.cache/roadmap/`), never the
/// data directory itself, so a read-only, shared, synced or versioned
/// directory never sees them. Every such file is disposable.
enum CacheFolder {
    /// `<cache>/roadmap/<kind>-<hash of the directory's real path>.index`;
    /// nil when there is no cache folder, or it lies inside the data directory.
    static func file(_ kind: String, for root: URL, environment: [String: String]) -> URL? {
        guard let cache = UserFolders.base("XDG_CACHE_HOME", underHome: ".cache", environment: environment) else { return nil }
        let name = kind + "-" + String(SourceStamp.hash(Array(realPath(root).utf8)), radix: 16) + ".index"
        let file = cache.appendingPathComponent("roadmap").appendingPathComponent(name)
        // A cache folder inside the data directory would change what the
        // data directory holds: refuse it rather than write there.
        let data = realPath(root) + "/"
        return (realPath(cache) + "/").hasPrefix(data) ? nil : file
    }

    /// Replaced atomically, without flushing: after a crash a damaged file
    /// fails its checksum and is rebuilt. A failure is silent: the next run
    /// reads the JSON again.
    static func write(_ bytes: [UInt8], to file: URL) {
        try? FileManager.default.createDirectory(atPath: file.deletingLastPathComponent().path,
                                                 withIntermediateDirectories: true)
        _ = try? AtomicFile.write(bytes, to: file.path, durable: false)
    }

    static func realPath(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
