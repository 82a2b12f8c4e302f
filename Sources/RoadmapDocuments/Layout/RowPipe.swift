import Foundation

/// Rows made on one thread and written on another: a region's table is as
/// much work to make (occurrences, entries, marks) as to write (escaping,
/// markup), so the two run side by side. Rows pass in batches through a
/// queue of a few batches at most: memory stays bounded whatever the size
/// of the table, and the writer gets them in the order they were made.
final class RowPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[DocumentTable.Row]] = []
    private var finished = false
    private static let batchSize = 256, batchesAhead = 8

    /// Runs `produce` on a thread of its own and hands each row to `body`
    /// here, in order; returns when every row has been handed.
    static func run(_ produce: @escaping @Sendable ((DocumentTable.Row) -> Void) -> Void,
                    _ body: (DocumentTable.Row) -> Void) {
        let pipe = RowPipe()
        let maker = Thread {
            var batch: [DocumentTable.Row] = []
            batch.reserveCapacity(batchSize)
            produce { row in
                batch.append(row)
                if batch.count == batchSize {
                    pipe.put(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            pipe.put(batch)
            pipe.finish()
        }
        maker.start()
        while let batch = pipe.take() {
            batch.forEach(body)
        }
    }

    private func put(_ batch: [DocumentTable.Row]) {
        condition.lock()
        while batches.count >= Self.batchesAhead { condition.wait() }
        batches.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    private func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, nil when the maker is done and all were taken.
    private func take() -> [DocumentTable.Row]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }
}
