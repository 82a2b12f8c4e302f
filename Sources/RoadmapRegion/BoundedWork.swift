import Foundation

/// Runs independent jobs on at most `workers` threads at a time: syncing
/// sixty municipalities waits mostly on the network, so more run at once
/// than there are cores, but not so many that a small server is flooded.
enum BoundedWork {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int,
        _ body: @escaping @Sendable (Item) -> Result,
        finished: @escaping @Sendable (Int, Result) -> Void = { _, _ in }
    ) -> [Result] {
        let state = SharedState<Result>(count: items.count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, items.count)) {
            DispatchQueue.global().async(group: group) {
                while let index = state.next() {
                    let result = body(items[index])
                    state.store(result, at: index)
                    finished(index, result)
                }
            }
        }
        group.wait()
        return state.results()
    }
}

/// The next job to take and the results so far, behind one lock.
private final class SharedState<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func next() -> Int? {
        lock.withLock {
            guard taken < slots.count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }

    func store(_ result: Result, at index: Int) { lock.withLock { slots[index] = result } }

    func results() -> [Result] { lock.withLock { slots.map { $0! } } }
}
