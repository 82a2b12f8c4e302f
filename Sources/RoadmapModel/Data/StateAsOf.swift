/// Where a record stood on a past day («по состоянию на»): the one rule
/// every as-of question (overdue, counts, lists, the справка, the
/// dashboard, the overdue index) goes through.
///
/// A «выполнено» entry carries the day the work was done (`doneOn`): as of
/// an earlier day that had not happened yet, so the entry is left out and
/// the record stands as its last remaining entry («запланировано» when
/// none remains). Every other entry counts from the moment it is in the
/// history, whatever its `at`: «выполняется», «не выполнено», «отменено»
/// are not dated facts of the work but the coordinator's word on it, and a
/// coordinator who marks «выполняется» today while looking back at an
/// earlier date must see that mark on the screen. A «выполнено» without a
/// day (written by hand) has nothing to compare and always counts.
public enum AsOfRule {
    public static func counts(_ status: Status, doneOn: Day?, asOf day: Day) -> Bool {
        guard status == .done, let doneOn else { return true }
        return doneOn <= day
    }
}

extension HistoryEntry {
    /// Whether this entry had happened as of a day (see `AsOfRule`).
    public func counts(asOf day: Day) -> Bool { AsOfRule.counts(status, doneOn: doneOn, asOf: day) }
}

extension ProgressRecord {
    /// The entry the record stands at as of a day: status, note and day
    /// done as they were then. Nil: nothing had happened yet (planned).
    public func entry(asOf day: Day) -> HistoryEntry? {
        // Almost always the last entry stands: look no further.
        if let last = history.last, last.counts(asOf: day) { return last }
        return history.last { $0.counts(asOf: day) }
    }

    /// The status as of a day.
    public func status(asOf day: Day) -> Status { entry(asOf: day)?.status ?? .planned }

    /// The history reduced to what `status(asOf:)` can ever answer, latest
    /// first: the last entry, then — while the one before is a dated
    /// «выполнено» — the entry standing just before its day done, and so
    /// on. Whatever the day, the first step that counts gives the status;
    /// none counting means planned. The overdue index keeps only this.
    public var statusSteps: [StatusStep] {
        var steps: [StatusStep] = []
        // Only days before the earliest day done so far can reach further back.
        var earliest: Day?
        for entry in history.reversed() {
            if let earliest, entry.status == .done, let doneOn = entry.doneOn, doneOn >= earliest { continue }
            steps.append(StatusStep(status: entry.status, doneOn: entry.status == .done ? entry.doneOn : nil))
            guard entry.status == .done, let doneOn = entry.doneOn else { break }
            earliest = doneOn
        }
        return steps
    }
}

/// One step of `ProgressRecord.statusSteps`: a status and, for a dated
/// «выполнено», the day done.
public struct StatusStep: Hashable, Sendable {
    public var status: Status
    public var doneOn: Day?

    public init(status: Status, doneOn: Day? = nil) {
        self.status = status
        self.doneOn = doneOn
    }

    /// The status of the record these steps came from, as of a day.
    public static func status(of steps: [StatusStep], asOf day: Day) -> Status {
        steps.first { AsOfRule.counts($0.status, doneOn: $0.doneOn, asOf: day) }?.status ?? .planned
    }
}

extension RoadmapData {
    /// A record's status as of a day (planned when it has no record).
    public func status(of key: ProgressKey, asOf day: Day) -> Status { record(key)?.status(asOf: day) ?? .planned }

    /// The history entry a record stands at as of a day.
    public func entry(of key: ProgressKey, asOf day: Day) -> HistoryEntry? { record(key)?.entry(asOf: day) }
}
