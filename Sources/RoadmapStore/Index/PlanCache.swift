import Foundation
import RoadmapModel

/// The plan files (roadmap, schools, measures) of one data directory as
/// they last loaded without a single error or warning, kept in the cache
/// folder beside the overdue index: a change to a few progress files
/// (`roadmap mark`) then costs those files, not a parse of `schools.json`,
/// which grows with the region.
///
/// It holds the plan as the index does (`IndexedPlan`): enough to choose
/// the records, check a progress file against the plan and name things in
/// messages, never enough to write a plan file — a load from it says so in
/// its snapshot, and a save of a plan file from it is refused.
///
/// Trusted only while the three files keep the stamps they had when they
/// were read (racy ones also their bytes) and no change was left half done;
/// otherwise the files are read and checked again and the cache replaced.
public struct PlanCache: Sendable {
    public let root: URL
    /// nil when there is no cache folder.
    public let file: URL?

    static let paths = [DataFile.roadmap, .schools, .measures].map(\.relativePath)

    public init(root: URL, file: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.root = root
        self.file = file ?? CacheFolder.file("plan", for: root, environment: environment)
    }

    /// The plan when the files still are what it was built from, with the
    /// stamps they have now.
    func cached() -> (plan: IndexedPlan, stamps: [SourceStamp])? {
        guard let file, !Journal.exists(in: root.standardizedFileURL.path),
              let bytes = FileReader.readRegular(file.path).bytes,
              let stored = try? PlanCacheFile(decoding: bytes),
              stored.directory == CacheFolder.realPath(root) else { return nil }
        let current = SourceFiles.stamps(root, paths: Self.paths)
        guard stored.sources.describe(root, current: current) else { return nil }
        if let sources = stored.sources.settled() { store(stored.plan, stamps: sources) }
        return (stored.plan, current)
    }

    /// Stamps to record, taken before the plan files are read.
    func stampsBeforeReading() -> (builtAt: Int64, stamps: [SourceStamp]) {
        let builtAt = SourceFiles.now()
        return (builtAt, SourceFiles.stampsForBuild(root, paths: Self.paths, at: builtAt))
    }

    func store(_ plan: IndexedPlan, stamps: [SourceStamp]) {
        guard let file else { return }
        CacheFolder.write(PlanCacheFile(directory: CacheFolder.realPath(root), sources: stamps, plan: plan).encoded(),
                          to: file)
    }
}
