import Foundation
import RoadmapModel

/// The file-system half of the overdue index: which files the loader would
/// read, their stamps and content hashes, and the clock.
public enum SourceFiles {
    /// Every name the loader looks at, as relative paths: the four fixed
    /// files and every visible name in `progress/schools/` — not only the
    /// `.json` ones, because a stray file there is a warning the index
    /// remembers, so adding or removing one must make the index stale.
    public static func list(_ root: URL) -> [String] {
        let fixed = [DataFile.roadmap, .schools, .measures, .progress(school: nil)].map(\.relativePath)
        let folder = root.standardizedFileURL.path + "/" + SchoolFileListing.folder
        let names = DirectoryNames.list(folder) ?? []
        return fixed + names.filter { !$0.hasPrefix(".") }.sorted().map { SchoolFileListing.folder + "/" + $0 }
    }

    /// Metadata only: one `stat` per file, no reading. A missing file gets
    /// size -1, which no real file matches.
    public static func stamps(_ root: URL, paths: [String]) -> [SourceStamp] {
        let base = root.standardizedFileURL.path + "/"
        return paths.map { path in
            var info = stat()
            guard stat(base + path, &info) == 0 else {
                return SourceStamp(path: path, size: -1, modified: 0, changed: 0, inode: 0)
            }
            return SourceStamp(path: path, size: Int64(info.st_size),
                               modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                               changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                               inode: UInt64(info.st_ino))
        }
    }

    /// The stamps a build records, taken before it reads: a file touched
    /// within the racy window of `builtAt` is racy and gets its content hash.
    static func stampsForBuild(_ root: URL, paths: [String], at builtAt: Int64) -> [SourceStamp] {
        stamps(root, paths: paths).map { stamp in
            var stamp = stamp
            if stamp.size >= 0, builtAt - stamp.modified < SourceStamp.racyWindow {
                stamp.contentHash = contentHash(root, stamp.path)
                stamp.racy = true
            }
            return stamp
        }
    }

    /// The hash of the file's bytes, or 0 when it cannot be read.
    public static func contentHash(_ root: URL, _ path: String) -> UInt64 {
        guard let bytes = FileReader.readRegular(root.standardizedFileURL.path + "/" + path).bytes else { return 0 }
        return SourceStamp.hash(bytes)
    }

    /// Nanoseconds since 1970, the unit of the stamps.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
