import Foundation
import RoadmapStore
import RoadmapSync

/// What `region sync` did with one municipality.
public struct MunicipalitySync: Sendable {
    public enum Outcome: Sendable {
        /// Its roadmap was fetched for the first time.
        case cloned
        /// New marks came; one line each, as `roadmap sync` prints them.
        case updated([String])
        case unchanged
        /// Its server could not be reached, refused, or sent broken data;
        /// the copy here is as it was.
        case failed(String)
    }

    public var municipality: Municipality
    public var outcome: Outcome
    /// The last time its copy was brought up to date: now, unless it failed.
    public var lastSync: Date?

    public var failed: Bool {
        if case .failed = outcome { return true }
        return false
    }
}

/// `region sync`: every municipality cloned or pulled, several at once.
/// Pull only — the region never pushes, so read-only keys on the servers
/// are all it needs.
public struct RegionSync: Sendable {
    public static let defaultWorkers = 8

    let region: Region
    let program: String
    let workers: Int

    public init(region: Region, program: String, workers: Int = defaultWorkers) {
        self.region = region
        self.program = program
        self.workers = workers
    }

    /// `progress` is called as each one finishes (from the worker's thread),
    /// with how many are done.
    public func run(_ municipalities: [Municipality],
                    progress: @escaping @Sendable (Int, MunicipalitySync) -> Void = { _, _ in }) -> [MunicipalitySync] {
        let done = Counter()
        return BoundedWork.map(municipalities, workers: workers, { sync($0) }, finished: { _, result in
            progress(done.increment(), result)
        })
    }

    public func sync(_ municipality: Municipality) -> MunicipalitySync {
        let folder = region.folder(of: municipality)
        do throws(SyncError) {
            let outcome: MunicipalitySync.Outcome
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                try point(folder, at: municipality.remote)
                let report = try Synchronizer(root: folder, program: program, pullOnly: true).sync()
                outcome = report.received.isEmpty ? .unchanged : .updated(report.received)
            } else {
                try Clone.make(from: municipality.remote, into: folder, program: program)
                outcome = .cloned
            }
            return MunicipalitySync(municipality: municipality, outcome: outcome, lastSync: LastSync.read(folder))
        } catch {
            return MunicipalitySync(municipality: municipality, outcome: .failed(error.message), lastSync: LastSync.read(folder))
        }
    }

    /// The address in `municipalities.json` wins: a server moved there is
    /// followed here.
    private func point(_ folder: URL, at remote: String) throws(SyncError) {
        let git = Git(directory: folder)
        let current = try git.run(["remote", "get-url", "origin"])
        if current.succeeded, current.text == remote { return }
        try git.check(current.succeeded ? ["remote", "set-url", "origin", remote] : ["remote", "add", "origin", remote],
                      "записать адрес сервера муниципалитета")
    }

}

extension Region {
    /// When a municipality's copy was last brought up to date; nil when it
    /// never was.
    public func lastSync(of municipality: Municipality) -> Date? {
        LastSync.read(folder(of: municipality))
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int { lock.withLock { value += 1; return value } }
}
