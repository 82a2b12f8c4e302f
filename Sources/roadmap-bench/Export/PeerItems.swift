import RoadmapModel

/// One occurrence as the other tools are told about it: the same items
/// `roadmap overdue` walks, with the same due day and whether it is closed
/// (done or cancelled, the two states that are never overdue).
struct PeerItem: Equatable {
    var key: ProgressKey
    var section: String
    /// «2.3 Диагностика … — СОШ № 5 с. Ивановка»: measure number, title and,
    /// for a per-school measure, the school.
    var description: String
    /// Nil for an undated occurrence («По отдельному плану»): roadmap never
    /// counts it overdue, so the peers get no date for it either.
    var due: Day?
    var status: Status
    /// The day it was closed: the done day, else the day of the last mark.
    var closedOn: Day?
    var perSchool: Bool

    var isClosed: Bool { status.isClosed }
}

enum PeerItems {
    /// Every occurrence of every measure, in measure order, then by the
    /// order the schedule gives (windows, then schools).
    static func make(from data: RoadmapData) -> [PeerItem] {
        let schedule = Schedule(data)
        let schoolNames = Dictionary(data.schools.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a })
        var items: [PeerItem] = []
        items.reserveCapacity(data.progressCount * 2)
        for measure in data.measures {
            let title = measure.number + " " + measure.title
            for occurrence in schedule.occurrences(of: measure, in: data) {
                let record = data.record(occurrence.key)
                let status = record?.status ?? .planned
                let school = occurrence.school.flatMap { schoolNames[$0] }
                items.append(PeerItem(
                    key: occurrence.key, section: measure.section,
                    description: school.map { title + " — " + $0 } ?? title,
                    due: occurrence.due, status: status,
                    closedOn: status.isClosed ? closingDay(record) ?? occurrence.due : nil,
                    perSchool: measure.scope.isPerSchool))
            }
        }
        return items
    }

    /// The done day when marked, else the date part of the last change.
    private static func closingDay(_ record: ProgressRecord?) -> Day? {
        guard let current = record?.current else { return nil }
        return current.doneOn ?? Day.parse(String(current.at.prefix(10)))
    }
}
