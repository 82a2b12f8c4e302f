import RoadmapModel
/// A derived, disposable projection of a data directory: what `overdue`
/// (and any other status-only question) needs, in one compact file that
/// loads in milliseconds, with the stamp of every JSON file it came from.
///
/// The JSON files stay the only truth. The index is built only from a
/// directory that loaded without errors, is used only while every source
/// stamp still matches, and is thrown away (and rebuilt from the JSON) on
/// any doubt: another version, a bad checksum, a file added, removed or
/// changed. Progress records keep their key and their status steps only
/// (`ProgressRecord.statusSteps`: enough to answer the status as of any
/// date by `AsOfRule`) — no notes, no authors — so anything that shows more
/// must load the JSON.
public struct OverdueIndex: Hashable, Sendable {
    /// The file format; another number means rebuild. 2: status steps
    /// instead of the current status alone.
    public static let version: UInt32 = 2

    /// One progress record as the index keeps it: positions instead of ids.
    public struct Entry: Hashable, Sendable {
        /// Position in `schools`, or -1 for the municipal file.
        public var school: Int32
        /// Position in `measures`.
        public var measure: Int32
        public var occurrence: Day?
        /// Latest first, never empty (see `ProgressRecord.statusSteps`).
        public var steps: [StatusStep]

        /// The status the last history entry gives.
        public var status: Status { steps.first?.status ?? .planned }

        public func status(asOf day: Day) -> Status { StatusStep.status(of: steps, asOf: day) }

        /// The steps as a history without author or time, oldest first:
        /// `ProgressRecord.status(asOf:)` on it answers as on the JSON.
        public var history: [HistoryEntry] {
            steps.reversed().map { HistoryEntry(at: "", by: "", status: $0.status, doneOn: $0.doneOn) }
        }
    }

    /// Nanoseconds since 1970 when the sources were stamped.
    public var builtAt: Int64
    public var sources: [SourceStamp]
    /// Title, municipality, period and terms: what reading deadlines needs.
    public var roadmap: Roadmap
    public var schools: [School]
    public var measures: [Measure]
    public var entries: [Entry]

    /// Builds the index from data that loaded cleanly and the stamps its
    /// files had *before* they were read: a file changed during the load
    /// then no longer matches its stamp, and the index is not trusted.
    public init(data: RoadmapData, sources: [SourceStamp], builtAt: Int64) {
        self.builtAt = builtAt
        self.sources = sources.map { stamp in
            var stamp = stamp
            stamp.racy = stamp.racy || builtAt - stamp.modified < SourceStamp.racyWindow
            return stamp
        }
        let plan = IndexedPlan(roadmap: data.roadmap, schools: data.schools, measures: data.measures)
        (roadmap, schools, measures) = (plan.roadmap, plan.schools, plan.measures)
        let positions = Positions(schools: schools, measures: measures)
        entries = []
        entries.reserveCapacity(data.progressCount)
        // Partitions in a fixed order, records in key order: the same data
        // always gives the same bytes.
        let partitions = [nil] + data.schools.map { Optional($0.id) }
        for school in partitions {
            entries += Self.entries(of: data.records(ofSchool: school), school: school, positions: positions)
        }
    }

    /// Where each school and measure id stands in the index's lists.
    struct Positions {
        var schools: [String: Int32]
        var measures: [String: Int32]

        init(schools: [School], measures: [Measure]) {
            self.schools = Dictionary(schools.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
            self.measures = Dictionary(measures.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The entries of one progress file (`school` nil: the municipal one),
    /// from its records in key order.
    static func entries(of records: [ProgressRecord], school: String?, positions: Positions) -> [Entry] {
        let position = school.flatMap { positions.schools[$0] } ?? -1
        return records.compactMap { record in
            guard let measure = positions.measures[record.key.measure] else { return nil }
            let steps = record.statusSteps
            guard !steps.isEmpty else { return nil }
            return Entry(school: position, measure: measure, occurrence: record.key.occurrence, steps: steps)
        }
    }

    init(builtAt: Int64, sources: [SourceStamp], roadmap: Roadmap, schools: [School], measures: [Measure], entries: [Entry]) {
        self.builtAt = builtAt
        self.sources = sources
        self.roadmap = roadmap
        self.schools = schools
        self.measures = measures
        self.entries = entries
    }

    /// The data as far as the index knows it: every record with its key and
    /// its status steps as a history without author or time (oldest first),
    /// so `status(asOf:)` answers as on the JSON. Good for `Overdue.items`,
    /// `Schedule`, status counts; not for notes.
    public func data() -> RoadmapData {
        RoadmapData(roadmap: roadmap, schools: schools, measures: measures, progressBySchool: partitions())
    }

    /// The statuses of the index under the plan read from its files (the
    /// dashboard shows sections, programmes and everything else the index
    /// does not keep); nil when that plan names other schools or measures
    /// than the index, which then describes other files.
    public func data(plan: RoadmapData) -> RoadmapData? {
        guard describes(plan: plan) else { return nil }
        return RoadmapData(roadmap: plan.roadmap, schools: plan.schools, measures: plan.measures,
                           progressBySchool: partitions())
    }

    /// Whether the plan read from the files names the same schools and
    /// measures in the same order as the index: its positions are then
    /// the plan's.
    public func describes(plan: RoadmapData) -> Bool {
        plan.schools.map(\.id) == schools.map(\.id) && plan.measures.map(\.id) == measures.map(\.id)
    }

    /// The records by progress file, each file's dictionary made at its
    /// final size (no rehashing as it grows). Records with the same steps
    /// share one history: a region has a few hundred distinct ones among
    /// hundreds of thousands of records, and a history of its own each
    /// would be most of the memory.
    private func partitions() -> [String?: [ProgressKey: ProgressRecord]] {
        // Position + 1 per school, 0 for the municipal file.
        var sizes = [Int](repeating: 0, count: schools.count + 1)
        for entry in entries { sizes[Int(entry.school) + 1] += 1 }
        var files = sizes.map { [ProgressKey: ProgressRecord](minimumCapacity: $0) }
        var histories: [[StatusStep]: [HistoryEntry]] = [:]
        for entry in entries {
            let history: [HistoryEntry]
            if let known = histories[entry.steps] {
                history = known
            } else {
                history = entry.history
                histories[entry.steps] = history
            }
            let school = entry.school < 0 ? nil : schools[Int(entry.school)].id
            let key = ProgressKey(measure: measures[Int(entry.measure)].id, school: school, occurrence: entry.occurrence)
            files[Int(entry.school) + 1][key] = ProgressRecord(key: key, history: history)
        }
        var result: [String?: [ProgressKey: ProgressRecord]] = [:]
        result.reserveCapacity(files.count)
        for (position, file) in files.enumerated() where !file.isEmpty {
            result[position == 0 ? nil : schools[position - 1].id] = file
        }
        return result
    }
}
