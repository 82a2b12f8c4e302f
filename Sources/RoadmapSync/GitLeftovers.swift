import Foundation

/// What a killed sync may leave in `.git`: git's own lock files, held by a
/// git that outlived it (it finishes within moments) or by one killed too
/// (then nobody ever removes them). Called with the sync lock held, so no
/// other sync of ours is running: a lock still there after a short wait is
/// stale, and is removed, as git's own messages advise.
struct GitLeftovers {
    let gitDirectory: URL
    static let patience: Duration = .seconds(3)

    func clearStaleLocks() -> [String] {
        let deadline = ContinuousClock.now + Self.patience
        var locks = find()
        while !locks.isEmpty, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            locks = find()
        }
        for path in locks { try? FileManager.default.removeItem(atPath: path) }
        return locks
    }

    private func find() -> [String] {
        let root = gitDirectory.path
        var found = ["index.lock", "HEAD.lock", "ORIG_HEAD.lock", "config.lock", "packed-refs.lock", "FETCH_HEAD.lock"]
            .map { root + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let refs = gitDirectory.appendingPathComponent("refs")
        let walker = FileManager.default.enumerator(at: refs, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if url.pathExtension == "lock" { found.append(url.path) }
        }
        return found
    }
}
