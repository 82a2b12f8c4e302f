import Foundation
import RoadmapModel
/// Whether an index still describes the files on disk.
public enum IndexFreshness: Hashable, Sendable {
    case fresh
    /// Racy files whose metadata matches: the caller hashes these files and
    /// asks `confirm(contentHashes:)`.
    case needsContent([String])
    /// Files added, removed or changed since the build (relative paths).
    case stale([String])
}

extension Array where Element == SourceStamp {
    /// Compares the stamps taken now (metadata only) with these, taken at
    /// the build. Any file added or removed, any metadata changed, is stale;
    /// racy files that look unchanged still need their content checked.
    func freshness(current: [SourceStamp]) -> IndexFreshness {
        let known = Dictionary(map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var changed: [String] = []
        var toHash: [String] = []
        for stamp in current {
            guard let old = known[stamp.path], old.sameMetadata(as: stamp) else { changed.append(stamp.path); continue }
            if old.racy { toHash.append(stamp.path) }
        }
        let present = Set(current.map(\.path))
        changed += map(\.path).filter { !present.contains($0) }
        if !changed.isEmpty { return .stale(changed.sorted()) }
        return toHash.isEmpty ? .fresh : .needsContent(toHash.sorted())
    }

    /// The second step for racy files: each hash must be the one recorded.
    func confirm(contentHashes: [String: UInt64]) -> IndexFreshness {
        let mismatched = filter { $0.racy && contentHashes[$0.path] != $0.contentHash }.map(\.path)
        return mismatched.isEmpty ? .fresh : .stale(mismatched.sorted())
    }

    /// `freshness(current:)` then, for racy files, their bytes: true when
    /// every file is as it was at the build.
    func describe(_ root: URL, current: [SourceStamp]) -> Bool {
        switch freshness(current: current) {
        case .fresh: return true
        case .stale: return false
        case .needsContent(let racy):
            let hashes = Dictionary(racy.map { ($0, SourceFiles.contentHash(root, $0)) }, uniquingKeysWith: { a, _ in a })
            return confirm(contentHashes: hashes) == .fresh
        }
    }

    /// Racy stamps just confirmed by their bytes, once all are older than
    /// the racy window, with the mark cleared: any later change moves their
    /// time, so the stamp alone will do from here on and the next runs need
    /// not read them again. Nil when there is nothing to settle yet.
    func settled(now: Int64 = SourceFiles.now()) -> [SourceStamp]? {
        guard contains(where: \.racy), allSatisfy({ !$0.racy || now - $0.modified >= SourceStamp.racyWindow }) else {
            return nil
        }
        return map { stamp in
            var stamp = stamp
            stamp.racy = false
            return stamp
        }
    }
}

extension OverdueIndex {
    public func freshness(current: [SourceStamp]) -> IndexFreshness { sources.freshness(current: current) }

    public func confirm(contentHashes: [String: UInt64]) -> IndexFreshness { sources.confirm(contentHashes: contentHashes) }
}
