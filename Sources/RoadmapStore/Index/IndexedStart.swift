import Foundation
import RoadmapModel

/// What the dashboard opens on while the overdue index describes the files
/// (refreshed file by file after a mark): the plan files as read now (small
/// beside the progress of a region) and the index's records, answered by
/// key (`IndexedProgress`). The full data is then read behind the screen.
public struct IndexedStart: Sendable {
    /// The plan files: roadmap, schools and measures, no progress.
    public var plan: RoadmapData
    public var progress: IndexedProgress
    /// The warnings of the load the index was built from (the same files).
    public var warningCount: Int

    /// Nil on any doubt — no fresh index, fewer than `minimumRecords`
    /// records, plan files with errors or naming other schools or measures
    /// than the index: the full load decides then.
    ///
    /// The plan files are read while the index is checked and decoded: the
    /// two take about as long, and they touch different files.
    /// `cache`: where the index is kept (by default the user's cache folder).
    public static func open(_ directory: DataDirectory, cache: OverdueIndexCache? = nil,
                            minimumRecords: Int = 0) -> IndexedStart? {
        let cache = cache ?? OverdueIndexCache(root: directory.root)
        let parts = Parallel.map([Part.plan, .index]) { part -> Read in
            switch part {
            case .plan: return .plan(directory.load(progressOf: []))
            case .index: return .index(cache.refreshed())
            }
        }
        guard case .plan(let report) = parts[0], case .index(let found) = parts[1],
              let hit = found, hit.index.entries.count >= minimumRecords,
              let plan = report.data, report.errors.isEmpty,
              let progress = IndexedProgress(hit.index, plan: plan) else { return nil }
        return IndexedStart(plan: plan, progress: progress, warningCount: hit.warningCount)
    }

    private enum Part: Sendable { case plan, index }

    private enum Read: Sendable {
        case plan(LoadReport)
        case index(OverdueIndexCache.Hit?)
    }
}
