import RoadmapModel

/// The progress records of the overdue index, answered one key at a time
/// instead of built all at once: a region's first screen needs every
/// record's status (read straight from `entries` by position), but the
/// record itself only for the few occurrences a detail or a chosen school
/// shows — so hundreds of thousands of keys, histories and dictionary
/// slots are never made.
public struct IndexedProgress: Sendable {
    /// Ids by position, as the index (and the plan it describes) lists them.
    public let schools: [String]
    public let measures: [String]
    public let entries: [OverdueIndex.Entry]
    /// Entry positions per progress file: [0] the municipal one, [i + 1]
    /// school i's.
    private let byFile: [[Int32]]
    private let schoolPosition: [String: Int]

    /// Nil when the plan names other schools or measures than the index
    /// (see `OverdueIndex.describes(plan:)`).
    public init?(_ index: OverdueIndex, plan: RoadmapData) {
        guard index.describes(plan: plan) else { return nil }
        schools = index.schools.map(\.id)
        measures = index.measures.map(\.id)
        entries = index.entries
        var files = [[Int32]](repeating: [], count: schools.count + 1)
        for (position, entry) in index.entries.enumerated() {
            files[Int(entry.school) + 1].append(Int32(position))
        }
        byFile = files
        schoolPosition = Dictionary(schools.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The record as `OverdueIndex.data(plan:)` would hold it: its key and
    /// its status steps as a history without author or time.
    public func record(_ key: ProgressKey) -> ProgressRecord? {
        let file: Int
        if let school = key.school {
            guard let position = schoolPosition[school] else { return nil }
            file = position + 1
        } else {
            file = 0
        }
        // A file holds a few dozen records: a scan beats building a table.
        for position in byFile[file] {
            let entry = entries[Int(position)]
            if entry.occurrence == key.occurrence, measures[Int(entry.measure)] == key.measure {
                return ProgressRecord(key: key, history: entry.history)
            }
        }
        return nil
    }
}
