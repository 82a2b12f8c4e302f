import RoadmapModel

/// The totals printed after the table. The unit counted is an occurrence:
/// a measure carried out by every school counts once per school, a
/// recurring one once per deadline, so the numbers add up across sections
/// and schools.
public struct ReportSummary: Hashable, Sendable {
    public var overall: StatusCounts
    public var bySection: [SummaryLine]
    public var bySchool: [SummaryLine]
    /// Late occurrences, longest overdue first (as `roadmap overdue`).
    public var overdue: [OverdueItem]
    public var onTime: OnTimeShare
}

/// One line of the counts table: a section or a school and its counts.
public struct SummaryLine: Hashable, Sendable {
    public var label: String
    public var counts: StatusCounts
}

/// «Выполнено в срок»: occurrences done no later than their window's last
/// day, out of those that had to be done by the as-of date (their window
/// ended before it) or were done already. Cancelled ones are left out; a
/// done mark without a date cannot show it was on time and is not counted
/// as such.
public struct OnTimeShare: Hashable, Sendable {
    public var onTime = 0
    public var due = 0

    public init(onTime: Int = 0, due: Int = 0) {
        self.onTime = onTime
        self.due = due
    }

    /// Rounded to a whole percent; nil when nothing was due.
    public var percent: Int? {
        guard due > 0 else { return nil }
        return (onTime * 200 + due) / (due * 2)
    }

    mutating func add(status: Status, window: DateWindow?, doneOn: Day?, asOf: Day) {
        guard let window, status != .cancelled else { return }
        // Due on its last day: on the report's day an occurrence ending
        // that day is counted among those due, as the year-end totals do.
        guard window.end <= asOf || status == .done else { return }
        due += 1
        if status == .done, let doneOn, doneOn <= window.end { onTime += 1 }
    }
}

extension ReportSummary {
    /// Adds up the report's occurrences as the rows are made, section by
    /// section; the overdue list comes from the model's overdue engine so
    /// it is the same list `roadmap overdue` prints.
    struct Tally {
        let asOf: Day
        private var overall = StatusCounts()
        private var section = StatusCounts()
        private var share = OnTimeShare()
        private var perSchool: [String: StatusCounts] = [:]
        private var bySection: [SummaryLine] = []

        init(asOf: Day) { self.asOf = asOf }

        mutating func add(_ facts: ReportEntrySource.Facts) {
            section.add(facts.standing)
            share.add(status: facts.status, window: facts.occurrence.window, doneOn: facts.record?.doneOn, asOf: asOf)
            if let school = facts.occurrence.school {
                perSchool[school, default: StatusCounts()].add(facts.standing)
            }
        }

        /// Closes the section the occurrences since the last one belong to.
        mutating func endSection(_ caption: String) {
            overall = overall + section
            bySection.append(SummaryLine(label: caption, counts: section))
            section = StatusCounts()
        }

        func summary(schools: [School], overdue: [OverdueItem]) -> ReportSummary {
            let bySchool = schools.compactMap { school in
                perSchool[school.id].map { SummaryLine(label: school.name, counts: $0) }
            }
            return ReportSummary(overall: overall, bySection: bySection, bySchool: bySchool, overdue: overdue, onTime: share)
        }
    }
}
