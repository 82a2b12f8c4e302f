import RoadmapModel
import RoadmapStore

/// The statuses of one measure's per-school occurrences as of the as-of
/// date, as a flat table (window × school). Occurrences without a record
/// are planned.
struct MeasureMarks: Sendable {
    /// `schools.count * window + school`.
    private(set) var statuses: [Status?]
    private let schoolCount: Int
    /// Per window, the occurrence day its records carry in their key (nil
    /// for a measure with one window or none): a dozen days compared beat
    /// hashing one for each of a region's occurrences.
    private let days: [Day?]

    init(windows: [DateWindow?], schools: Int) {
        schoolCount = schools
        statuses = Array(repeating: nil, count: windows.count * schools)
        days = windows.count > 1 ? windows.map { $0?.end } : Array(repeating: nil, count: windows.count)
    }

    subscript(window: Int, school: Int) -> Status? {
        get { statuses[window * schoolCount + school] }
        set { statuses[window * schoolCount + school] = newValue }
    }

    /// The status of a school's occurrence (its key's occurrence day) as of
    /// the day the marks were taken; nil when there is no record for it,
    /// or no such occurrence.
    func status(school: Int, occurrence: Day?) -> Status? {
        days.firstIndex(of: occurrence).flatMap { self[$0, school] }
    }

    /// Sets a school's status in every window whose records carry this
    /// occurrence day (none when no window does).
    mutating func set(_ status: Status, school: Int, occurrence: Day?) {
        for (window, day) in days.enumerated() where day == occurrence { self[window, school] = status }
    }

    /// Every measure's marks from one pass over the school progress files:
    /// a region has a hundred thousand records, and looking each possible
    /// occurrence up instead would hash several times as many keys.
    static func all(data: RoadmapData, schedule: Schedule, schools: SchoolTable, asOf: Day) -> [String: MeasureMarks] {
        let perSchool = data.measures.filter(\.scope.isPerSchool)
        let windows = perSchool.map { Summary.windows(of: $0, schedule: schedule) }
        let position = Dictionary(perSchool.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let partitions = data.progressBySchool.compactMap { id, partition in
            id.flatMap { schools.index[$0] }.map { ($0, partition) }
        }
        // Reading the records is most of the work: the schools are split
        // between the cores, and what they find is written in one place.
        let found = Parallel.map(chunks(partitions.count)) { range -> [Found] in
            var found: [Found] = []
            for (school, partition) in partitions[range] {
                partition.forEach { key, record in
                    guard let measure = position[key.measure] else { return }
                    found.append(Found(measure: measure, occurrence: key.occurrence, school: school,
                                       status: record.status(asOf: asOf)))
                }
            }
            return found
        }
        var marks = windows.map { MeasureMarks(windows: $0, schools: schools.count) }
        for chunk in found {
            for f in chunk { marks[f.measure].set(f.status, school: f.school, occurrence: f.occurrence) }
        }
        return Dictionary(zip(perSchool.map(\.id), marks), uniquingKeysWith: { a, _ in a })
    }

    /// The overdue engine's list, its per-school statuses read from these
    /// marks (`all`'s result): each record's status as of the day is then
    /// worked out once, not again per occurrence looked up by key.
    /// Municipal occurrences, a few, are asked of `municipal`.
    static func overdue(_ marks: [String: MeasureMarks], data: RoadmapData, schedule: Schedule, asOf: Day,
                        municipal: @escaping @Sendable (ProgressKey) -> Status) -> [OverdueItem] {
        let byPosition = data.measures.map { marks[$0.id] }
        let measures = data.measures
        return Overdue.items(schools: data.schools, measures: measures, schedule: schedule,
                             query: OverdueQuery(asOf: asOf)) { school, measure, occurrence in
            guard school >= 0 else { return municipal(ProgressKey(measure: measures[measure].id, occurrence: occurrence)) }
            return byPosition[measure]?.status(school: school, occurrence: occurrence) ?? .planned
        }
    }

    /// Every measure's marks straight from the index's entries, which
    /// name their school and measure by position (the plan's, see
    /// `IndexedProgress`): no key, record or id is made or hashed.
    static func all(indexed: IndexedProgress, data: RoadmapData, schedule: Schedule, schools: SchoolTable,
                    asOf: Day) -> [String: MeasureMarks] {
        // Per measure position: its slot among the per-school measures.
        var slot = [Int?](repeating: nil, count: data.measures.count)
        var windows: [[DateWindow?]] = []
        for (position, measure) in data.measures.enumerated() where measure.scope.isPerSchool {
            slot[position] = windows.count
            windows.append(Summary.windows(of: measure, schedule: schedule))
        }
        var marks = windows.map { MeasureMarks(windows: $0, schools: schools.count) }
        for entry in indexed.entries where entry.school >= 0 {
            guard let m = slot[Int(entry.measure)] else { continue }
            marks[m].set(entry.status(asOf: asOf), school: Int(entry.school), occurrence: entry.occurrence)
        }
        let ids = data.measures.filter(\.scope.isPerSchool).map(\.id)
        return Dictionary(zip(ids, marks), uniquingKeysWith: { a, _ in a })
    }

    private struct Found: Sendable {
        var measure: Int
        var occurrence: Day?
        var school: Int
        var status: Status
    }

    /// Eight slices, so one slow slice does not hold the other cores up.
    private static func chunks(_ count: Int) -> [Range<Int>] {
        let size = max(64, count / 8)
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// One measure's marks by looking up its occurrences: after a mark,
    /// when only that measure is counted again.
    static func one(_ measure: Measure, data: RoadmapData, schedule: Schedule, schools: SchoolTable, asOf: Day) -> MeasureMarks {
        let windows = Summary.windows(of: measure, schedule: schedule)
        var marks = MeasureMarks(windows: windows, schools: schools.count)
        let several = windows.count > 1
        for school in schools.members(of: measure.scope) {
            guard let partition = data.progressBySchool[schools.ids[school]] else { continue }
            for (w, window) in windows.enumerated() {
                let key = ProgressKey(measure: measure.id, school: schools.ids[school], occurrence: several ? window?.end : nil)
                marks[w, school] = partition[key]?.status(asOf: asOf)
            }
        }
        return marks
    }
}
