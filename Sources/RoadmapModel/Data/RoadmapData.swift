/// Everything one data directory holds, as plain values.
public struct RoadmapData: Hashable, Sendable {
    public var roadmap: Roadmap
    public var schools: [School] { didSet { schoolPositions = Self.positions(schools.map(\.id)) } }
    public var measures: [Measure] { didSet { measurePositions = Self.positions(measures.map(\.id)) } }
    /// Id → position of its first occurrence: `school(_:)` and `measure(_:)`
    /// are asked once per record by reports, calendars and histories, so
    /// they must not scan. Kept in step by the `didSet`s above.
    private var schoolPositions: [String: Int]
    private var measurePositions: [String: Int]
    /// Progress records kept by the file they live in: the municipal file
    /// (nil) or one school's. A mark touches one partition only, so saving
    /// it never walks the whole region.
    public private(set) var progressBySchool: [String?: [ProgressKey: ProgressRecord]]
    public private(set) var progressCount: Int

    public init(roadmap: Roadmap, schools: [School] = [], measures: [Measure] = [],
                progress: [ProgressRecord] = []) {
        self.roadmap = roadmap
        self.schools = schools
        self.measures = measures
        self.schoolPositions = Self.positions(schools.map(\.id))
        self.measurePositions = Self.positions(measures.map(\.id))
        self.progressBySchool = [:]
        self.progressCount = 0
        for record in progress { put(record) }
    }

    /// Records already kept by file (`progressBySchool`'s shape), each
    /// under its key's school: a region's hundreds of thousands of records
    /// go in without hashing each one into a dictionary that keeps growing.
    public init(roadmap: Roadmap, schools: [School], measures: [Measure],
                progressBySchool: [String?: [ProgressKey: ProgressRecord]]) {
        self.init(roadmap: roadmap, schools: schools, measures: measures)
        // No empty partitions, as `put` and `restore` keep it.
        self.progressBySchool = progressBySchool.filter { !$0.value.isEmpty }
        self.progressCount = self.progressBySchool.values.reduce(0) { $0 + $1.count }
    }

    /// Equal when what they hold is equal; the id positions are derived from it.
    public static func == (a: RoadmapData, b: RoadmapData) -> Bool {
        a.roadmap == b.roadmap && a.schools == b.schools && a.measures == b.measures
            && a.progressCount == b.progressCount && a.progressBySchool == b.progressBySchool
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(roadmap)
        hasher.combine(schools)
        hasher.combine(measures)
        hasher.combine(progressBySchool)
    }

    /// Every record, in no particular order.
    public var allRecords: [ProgressRecord] { progressBySchool.values.flatMap(\.values) }

    public func measure(_ id: String) -> Measure? { measurePositions[id].map { measures[$0] } }
    public func school(_ id: String) -> School? { schoolPositions[id].map { schools[$0] } }

    /// The first position of each id (a duplicate id is an error the
    /// loader reports; the first one is the one a scan would find).
    private static func positions(_ ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }

    public func record(_ key: ProgressKey) -> ProgressRecord? { progressBySchool[key.school]?[key] }

    /// The status the last history entry gives, whatever the date: what a
    /// mark changes. Anything shown «по состоянию на» a date asks
    /// `status(of:asOf:)` instead.
    public func latestStatus(of key: ProgressKey) -> Status { record(key)?.status ?? .planned }

    /// The schools whose status a measure keeps (all of them, active or not:
    /// a school that left keeps its history).
    public func schools(for measure: Measure) -> [School] {
        switch measure.scope {
        case .municipal: return []
        case .everySchool: return schools
        case .schools(let ids):
            let wanted = Set(ids)
            return schools.filter { wanted.contains($0.id) }
        }
    }

    /// Whether the school is one of `schools(for: measure)`, without listing them.
    public func carries(_ measure: Measure, school id: String) -> Bool {
        switch measure.scope {
        case .municipal: return false
        case .everySchool: return school(id) != nil
        case .schools(let ids): return ids.contains(id) && school(id) != nil
        }
    }

    /// Records of one progress file, in key order: the municipal one
    /// (`school == nil`) or a school's.
    public func records(ofSchool school: String?) -> [ProgressRecord] {
        (progressBySchool[school].map { Array($0.values) } ?? []).sorted { $0.key < $1.key }
    }

    /// Appends a change to a record's history (creating the record) and
    /// returns the record as it now is.
    @discardableResult
    public mutating func apply(_ entry: HistoryEntry, to key: ProgressKey) -> ProgressRecord {
        var record = record(key) ?? ProgressRecord(key: key, history: [])
        record.history.append(entry)
        put(record)
        return record
    }

    /// Puts a record back as it was (or removes it): undo of the last change.
    public mutating func restore(_ record: ProgressRecord?, for key: ProgressKey) {
        if let record {
            put(record)
        } else if progressBySchool[key.school]?.removeValue(forKey: key) != nil {
            progressCount -= 1
            // An emptied partition goes too, so undo gives back equal data.
            if progressBySchool[key.school]?.isEmpty == true { progressBySchool[key.school] = nil }
        }
    }

    private mutating func put(_ record: ProgressRecord) {
        if progressBySchool[record.key.school, default: [:]].updateValue(record, forKey: record.key) == nil {
            progressCount += 1
        }
    }
}
