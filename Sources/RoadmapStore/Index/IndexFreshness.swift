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

extension OverdueIndex {
    /// Compares the stamps taken now (metadata only) with those of the
    /// build. Any file added or removed, any metadata changed, is stale;
    /// racy files that look unchanged still need their content checked.
    public func freshness(current: [SourceStamp]) -> IndexFreshness {
        let known = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var changed: [String] = []
        var toHash: [String] = []
        for stamp in current {
            guard let old = known[stamp.path], old.sameMetadata(as: stamp) else { changed.append(stamp.path); continue }
            if old.racy { toHash.append(stamp.path) }
        }
        let present = Set(current.map(\.path))
        changed += sources.map(\.path).filter { !present.contains($0) }
        if !changed.isEmpty { return .stale(changed.sorted()) }
        return toHash.isEmpty ? .fresh : .needsContent(toHash.sorted())
    }

    /// The second step for racy files: each hash must be the one recorded.
    public func confirm(contentHashes: [String: UInt64]) -> IndexFreshness {
        let mismatched = sources.filter { $0.racy && contentHashes[$0.path] != $0.contentHash }.map(\.path)
        return mismatched.isEmpty ? .fresh : .stale(mismatched.sorted())
    }
}
