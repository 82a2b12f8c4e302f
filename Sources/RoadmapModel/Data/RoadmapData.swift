/// Everything one data directory holds, as plain values.
public struct RoadmapData: Hashable, Sendable {
    public var roadmap: Roadmap
    public var schools: [School]
    public var measures: [Measure]
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
        self.progressBySchool = [:]
        self.progressCount = 0
        for record in progress { put(record) }
    }

    /// Every record, in no particular order.
    public var allRecords: [ProgressRecord] { progressBySchool.values.flatMap(\.values) }

    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
    public func school(_ id: String) -> School? { schools.first { $0.id == id } }

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
