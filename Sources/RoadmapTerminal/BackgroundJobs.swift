import Foundation
import RoadmapApp

/// Work that must not hold the keys (a sync over the network): run one at a
/// time on a queue of its own; each finished job leaves a message the loop
/// picks up on its next beat.
final class BackgroundJobs: @unchecked Sendable {
    private let queue = DispatchQueue(label: "roadmap.background")
    private let lock = NSLock()
    private var finished: [Msg] = []

    func run(_ job: @escaping @Sendable () -> Msg) {
        queue.async { [self] in
            let msg = job()
            lock.withLock { finished.append(msg) }
        }
    }

    /// The oldest finished job's message, if any.
    func take() -> Msg? {
        lock.withLock { finished.isEmpty ? nil : finished.removeFirst() }
    }
}
