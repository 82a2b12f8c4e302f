import Foundation
import Synchronization
import Testing
@testable import RoadmapDocuments

/// A table made on demand makes its rows on a thread of its own while the
/// writer takes them: every row arrives, once, in order, and the maker
/// never runs more than a few batches ahead of the writer.
@Suite("Rows made on one thread reach the writer on another, in order, a few at a time")
struct RowPipeTests {
    /// How many rows the maker has made so far, read from the writer's side.
    final class Made: Sendable {
        let count = Mutex(0)
    }

    static func table(rows count: Int, made: Made? = nil) -> DocumentTable {
        DocumentTable(columns: [.init("№", weight: 1), .init("Мероприятие", weight: 5)]) { row in
            for number in 0..<count {
                made?.count.withLock { $0 += 1 }
                row(.init(.body, [String(number), "Мероприятие \(number)"]))
            }
        }
    }

    @Test(arguments: [0, 1, 255, 256, 257, 10_000])
    func everyRowArrivesOnceInOrder(count: Int) {
        var numbers: [Int] = []
        Self.table(rows: count).forEachRow { row in
            numbers.append(Int(row.cells[0]) ?? -1)
            #expect(row.cells[1] == "Мероприятие \(row.cells[0])")
        }
        #expect(numbers == Array(0..<count))
    }

    @Test func theMakerWaitsForASlowWriter() {
        let made = Made()
        var taken = 0, mostAhead = 0
        Self.table(rows: 20_000, made: made).forEachRow { _ in
            taken += 1
            if taken % 1000 == 0 { usleep(2000) }
            mostAhead = max(mostAhead, made.count.withLock { $0 } - taken)
        }
        #expect(taken == 20_000)
        // Eight batches of 256 in the queue, one being filled, one being written.
        #expect(mostAhead <= 10 * 256)
    }

    @Test func aTableOfKeptRowsIsWrittenAsItIs() {
        let rows = (0..<300).map { DocumentTable.Row(.body, [String($0), "строка"]) }
        let table = DocumentTable(columns: [.init("№", weight: 1), .init("Текст", weight: 5)], rows: rows)
        var seen: [DocumentTable.Row] = []
        table.forEachRow { seen.append($0) }
        #expect(seen == rows)
    }
}
