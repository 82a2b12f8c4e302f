import RoadmapModel

/// The data directory as one process last read or wrote it: a fingerprint
/// of every data file (absent: the file did not exist) and the data as it
/// was then. A save checks each file it writes against its fingerprint and,
/// when someone else changed the file in between, merges record by record
/// against `base` (see `ProgressMerge`).
public struct Snapshot: Sendable {
    /// Relative path → fingerprint, for the files that existed.
    public internal(set) var fingerprints: [String: Fingerprint]
    /// The data as loaded (and as updated by this process's own saves).
    public internal(set) var base: RoadmapData?

    /// The plan came from the plan cache (`PlanCache`): it names things but
    /// lacks what only the plan files hold, so no plan file may be saved from it.
    public internal(set) var planIsIndexed: Bool

    public init(fingerprints: [String: Fingerprint] = [:], base: RoadmapData? = nil, planIsIndexed: Bool = false) {
        self.fingerprints = fingerprints
        self.base = base
        self.planIsIndexed = planIsIndexed
    }

    /// The data files whose size or time differ from the snapshot, and the
    /// school progress files that appeared or vanished: cheap (`stat` only),
    /// for a look once a second. A save still checks the bytes themselves.
    public func changedFiles(in directory: DataDirectory) -> [String] {
        let root = directory.root.standardizedFileURL.path
        var changed: [String] = []
        for (relative, fingerprint) in fingerprints where !fingerprint.sameStat(root + "/" + relative) {
            changed.append(relative)
        }
        for relative in [DataFile.roadmap, .schools, .measures, .progress(school: nil)].map(\.relativePath)
        where fingerprints[relative] == nil && FileReader.exists(root + "/" + relative) {
            changed.append(relative)
        }
        let names = DirectoryNames.list(root + "/" + SchoolFileListing.folder) ?? []
        for name in names where !name.hasPrefix(".") && name.hasSuffix(".json") {
            let relative = SchoolFileListing.folder + "/" + name
            if fingerprints[relative] == nil { changed.append(relative) }
        }
        return changed.sorted()
    }
}
