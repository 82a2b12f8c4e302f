import Foundation
import RoadmapModel
import RoadmapStore

/// Data for status questions through the store's `OverdueIndexCache`: from
/// the index while it matches the files, else from the JSON (the truth),
/// rebuilding the index afterwards.
enum IndexedData {
    enum Answer {
        case index(OverdueIndex)
        case json(RoadmapData)
    }

    struct Failure: Error { var diagnostics: [Diagnostic] }

    static func load(root: URL, index file: URL?) throws -> Answer {
        let cache = OverdueIndexCache(root: root, file: file)
        if let hit = cache.cached() { return .index(hit.index) }
        let report = cache.loadAndRebuild()
        guard let data = report.data else { throw Failure(diagnostics: report.errors) }
        return .json(data)
    }
}
