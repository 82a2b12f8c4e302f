import Dispatch

/// Maps independent work over all cores: loading reads each progress file on
/// its own, and the overdue query walks each measure on its own; with 2,000
/// schools those are the heaviest things the program does.
public enum Parallel {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item],
                                                     _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[i]))
        }
        return slots.values()
    }
}

/// One slot per item, each written by exactly one iteration: no two
/// threads touch the same slot, so no lock is needed.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { buffer.map { $0! } }
}
