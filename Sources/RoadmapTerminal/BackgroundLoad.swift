import Foundation
import RoadmapStore

/// `DataDirectory.load()` on a thread of its own, so the loop keeps
/// reading keys meanwhile; the loop takes the report once it is there and
/// hands it to the app as a message (the state has one owner).
final class BackgroundLoad: @unchecked Sendable {
    private let directory: DataDirectory
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var report: LoadReport?
    private var started = false

    init(_ directory: DataDirectory) {
        self.directory = directory
    }

    /// Starts the read, once: the loop calls it when the first frame is on
    /// the screen, which the read (on every core) would otherwise slow down.
    func start() {
        guard lock.withLock({ () -> Bool in
            defer { started = true }
            return !started
        }) else { return }
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
