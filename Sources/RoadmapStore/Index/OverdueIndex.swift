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
        RoadmapData(roadmap: roadmap, schools: schools, measures: measures, progress: records())
    }

    /// The statuses of the index under the plan read from its files (the
    /// dashboard shows sections, programmes and everything else the index
    /// does not keep); nil when that plan names other schools or measures
    /// than the index, which then describes other files.
    public func data(plan: RoadmapData) -> RoadmapData? {
        guard plan.schools.map(\.id) == schools.map(\.id), plan.measures.map(\.id) == measures.map(\.id) else { return nil }
        return RoadmapData(roadmap: plan.roadmap, schools: plan.schools, measures: plan.measures, progress: records())
    }

    private func records() -> [ProgressRecord] {
        var records: [ProgressRecord] = []
        records.reserveCapacity(entries.count)
        for entry in entries {
            let key = ProgressKey(measure: measures[Int(entry.measure)].id,
                                  school: entry.school < 0 ? nil : schools[Int(entry.school)].id,
                                  occurrence: entry.occurrence)
            let history = entry.steps.reversed().map { HistoryEntry(at: "", by: "", status: $0.status, doneOn: $0.doneOn) }
            records.append(ProgressRecord(key: key, history: history))
        }
        return records
    }
}
