/// Everything one data directory holds, as plain values.
public struct RoadmapData: Hashable, Sendable {
    public var roadmap: Roadmap
    public var schools: [School]
    public var measures: [Measure]
    public private(set) var progress: [ProgressKey: ProgressRecord]

    public init(roadmap: Roadmap, schools: [School] = [], measures: [Measure] = [],
                progress: [ProgressRecord] = []) {
        self.roadmap = roadmap
        self.schools = schools
        self.measures = measures
        self.progress = Dictionary(progress.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
    public func school(_ id: String) -> School? { schools.first { $0.id == id } }

    public func record(_ key: ProgressKey) -> ProgressRecord? { progress[key] }

    public func status(of key: ProgressKey) -> Status { progress[key]?.status ?? .planned }

    /// The schools whose status a measure keeps (all of them, active or not:
    /// a school that left keeps its history).
    public func schools(for measure: Measure) -> [School] {
        switch measure.scope {
        case .municipal: return []
        case .everySchool: return schools
        case .schools(let ids): return schools.filter { ids.contains($0.id) }
        }
    }

    /// Records of one progress file: the municipal one (`school == nil`) or a school's.
    public func records(ofSchool school: String?) -> [ProgressRecord] {
        progress.values.filter { $0.key.school == school }.sorted { $0.key < $1.key }
    }

    /// Appends a change to a record's history (creating the record) and
    /// returns the record as it now is.
    @discardableResult
    public mutating func apply(_ entry: HistoryEntry, to key: ProgressKey) -> ProgressRecord {
        var record = progress[key] ?? ProgressRecord(key: key, history: [])
        record.history.append(entry)
        progress[key] = record
        return record
    }

    /// Puts a record back as it was (or removes it): undo of the last change.
    public mutating func restore(_ record: ProgressRecord?, for key: ProgressKey) {
        progress[key] = record
    }
}
