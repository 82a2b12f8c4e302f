#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapModel
import RoadmapFiles

extension DataDirectory {
    /// The data directory a file written at `path` would land in, seen
    /// through links, or nil when it lands in none. A data directory is any
    /// folder holding both `roadmap.json` and `measures.json`, so a report
    /// sent to `DIR/measures.json`, to `DIR/progress/…`, into any folder
    /// inside a roadmap, or through a link to one, is caught whichever
    /// roadmap it is.
    public static func enclosing(_ path: String) -> String? {
        var folder = landingFolder(path)
        while true {
            if isDataDirectory(folder) { return folder }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { return nil }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }

    /// The real folder the file would be written in: the target itself is
    /// followed when it is a link (a report replaces what a link points to).
    private static func landingFolder(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : currentFolder() + "/" + path
        if let real = FileReader.resolve(absolute) {
            return real.hasSuffix("/") ? real : parent(of: real)
        }
        let parent = parent(of: absolute)
        return FileReader.resolve(parent) ?? parent
    }

    /// The folder part of a path, «/» for a file at the root.
    private static func parent(of path: String) -> String {
        let folder = AtomicFile.folder(of: path)
        return folder.isEmpty ? "/" : folder
    }

    private static func isDataDirectory(_ folder: String) -> Bool {
        let base = folder == "/" ? "" : folder
        return isRegular(base + "/" + DataFile.roadmap.relativePath) && isRegular(base + "/" + DataFile.measures.relativePath)
    }

    private static func isRegular(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    private static func currentFolder() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
