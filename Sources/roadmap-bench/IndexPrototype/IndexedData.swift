import Foundation
import RoadmapModel
import RoadmapStore

/// Data for status questions: from the index while it matches the files,
/// else from the JSON (the truth), rebuilding the index afterwards.
enum IndexedData {
    enum Answer {
        case index(OverdueIndex)
        case json(RoadmapData)
    }

    struct Failure: Error { var diagnostics: [Diagnostic] }

    static func load(root: URL, index file: URL) throws(Failure) -> Answer {
        let paths = SourceFiles.list(root)
        let stamps = SourceFiles.stamps(root, paths: paths)
        if let index = usable(file, root: root, stamps: stamps) { return .index(index) }
        let report = DataDirectory(root).load()
        guard let data = report.data else { throw Failure(diagnostics: report.errors) }
        // Stamps taken before reading: a file changed during the load no
        // longer matches, so the next run reloads it instead of trusting it.
        let builtAt = SourceFiles.now()
        let hashed = stamps.map { stamp in
            var stamp = stamp
            if builtAt - stamp.modified < SourceStamp.racyWindow { stamp.contentHash = SourceFiles.contentHash(root, stamp.path) }
            return stamp
        }
        write(OverdueIndex(data: data, sources: hashed, builtAt: builtAt), to: file)
        return .json(data)
    }

    private static func usable(_ file: URL, root: URL, stamps: [SourceStamp]) -> OverdueIndex? {
        guard let bytes = FileManager.default.contents(atPath: file.path),
              let index = try? OverdueIndex(decoding: Array(bytes)) else { return nil }
        switch index.freshness(current: stamps) {
        case .fresh: return index
        case .stale: return nil
        case .needsContent(let paths):
            let hashes = Dictionary(paths.map { ($0, SourceFiles.contentHash(root, $0)) }, uniquingKeysWith: { a, _ in a })
            return index.confirm(contentHashes: hashes) == .fresh ? index : nil
        }
    }

    /// A cache that cannot be written is no error: the next run reads the
    /// JSON again. Written to a temporary name and renamed, so a reader
    /// never sees half a file.
    private static func write(_ index: OverdueIndex, to file: URL) {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        guard (try? Data(index.encoded()).write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
