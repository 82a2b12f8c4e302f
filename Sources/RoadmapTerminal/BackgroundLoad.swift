import Foundation
import RoadmapStore

/// `DataDirectory.load()` on a thread of its own, so the loop keeps
/// reading keys meanwhile; the loop takes the report once it is there and
/// hands it to the app as a message (the state has one owner).
final class BackgroundLoad: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var report: LoadReport?

    init(_ directory: DataDirectory) {
        Thread.detachNewThread { [self] in
            let loaded = directory.load()
            lock.withLock { report = loaded }
        }
    }

    /// The report once the load is done, else nil.
    func take() -> LoadReport? {
        lock.withLock { report }
    }
}
