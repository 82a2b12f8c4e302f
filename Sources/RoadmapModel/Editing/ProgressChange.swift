/// What an edit did to the progress records: how many went with it and
/// which progress files (nil: the municipal one) must be written again.
public struct ProgressChange: Hashable, Sendable {
    public var removed: Int = 0
    public var moved: Int = 0
    public var partitions: Set<String?> = []

    public init(removed: Int = 0, moved: Int = 0, partitions: Set<String?> = []) {
        self.removed = removed
        self.moved = moved
        self.partitions = partitions
    }

    mutating func merge(_ other: ProgressChange) {
        removed += other.removed
        moved += other.moved
        partitions.formUnion(other.partitions)
    }
}

extension RoadmapData {
    /// Every record of one measure, in every progress file.
    public func records(ofMeasure id: String) -> [ProgressRecord] {
        progressBySchool.values.flatMap { $0.values.filter { $0.key.measure == id } }
    }

    /// Removes the records `drop` picks out of a measure's records.
    mutating func removeRecords(ofMeasure id: String, where drop: (ProgressKey) -> Bool) -> ProgressChange {
        var change = ProgressChange()
        for record in records(ofMeasure: id) where drop(record.key) {
            restore(nil, for: record.key)
            change.removed += 1
            change.partitions.insert(record.key.school)
        }
        return change
    }

    /// Gives records new measure ids, all at once so that swapping two
    /// numbers («2.3» ↔ «2.4») loses nothing.
    mutating func moveRecords(_ renames: [String: String]) -> ProgressChange {
        var change = ProgressChange()
        var moving: [ProgressRecord] = []
        for (old, new) in renames where old != new {
            for record in records(ofMeasure: old) {
                restore(nil, for: record.key)
                var moved = record
                moved.key.measure = new
                moving.append(moved)
            }
        }
        for record in moving {
            restore(record, for: record.key)
            change.moved += 1
            change.partitions.insert(record.key.school)
        }
        return change
    }
}
