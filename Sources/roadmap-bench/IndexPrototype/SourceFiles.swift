import Foundation
import RoadmapModel

/// The file-system half of the index that the store would own: which JSON
/// files a directory has, their stamps, their content hashes, and where the
/// index lives. Kept in the benchmark as a working model of that wiring.
enum SourceFiles {
    /// Every file the loader reads, as relative paths, sorted.
    static func list(_ root: URL) -> [String] {
        let fixed = ["roadmap.json", "schools.json", "measures.json", "progress/municipal.json"]
        let schoolFolder = root.appendingPathComponent("progress/schools").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: schoolFolder)) ?? []
        return fixed + names.filter { $0.hasSuffix(".json") }.sorted().map { "progress/schools/" + $0 }
    }

    /// Metadata only: one `stat` per file, no reading.
    static func stamps(_ root: URL, paths: [String]) -> [SourceStamp] {
        paths.map { path in
            var info = stat()
            guard stat(root.appendingPathComponent(path).path, &info) == 0 else {
                return SourceStamp(path: path, size: -1, modified: 0, changed: 0, inode: 0)
            }
            return SourceStamp(path: path, size: Int64(info.st_size),
                               modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                               changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                               inode: UInt64(info.st_ino))
        }
    }

    static func contentHash(_ root: URL, _ path: String) -> UInt64 {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return 0 }
        return SourceStamp.hash(data)
    }

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// `$XDG_CACHE_HOME/roadmap/overdue-<hash of the real path>.index`: out
    /// of the data directory, so a read-only or shared directory, a git
    /// checkout or a synced folder never sees it.
    static func defaultIndex(for root: URL) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        let real = root.resolvingSymlinksInPath().standardizedFileURL.path
        let name = "overdue-" + String(SourceStamp.hash(Array(real.utf8)), radix: 16) + ".index"
        return cache.appendingPathComponent("roadmap").appendingPathComponent(name)
    }
}
