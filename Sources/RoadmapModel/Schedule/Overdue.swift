/// One late occurrence, as the overdue pane and `roadmap overdue` list it.
public struct OverdueItem: Hashable, Sendable {
    public var key: ProgressKey
    public var measure: Measure
    public var school: School?
    public var window: DateWindow
    public var daysOverdue: Int
    public var status: Status

    public var due: Day { window.end }
}

/// What to list: the as-of date and optional narrowing.
public struct OverdueQuery: Hashable, Sendable {
    public var asOf: Day
    public var school: String?
    /// Case-insensitive, `ё` = `е`, matched inside any responsible entry.
    public var responsible: String?

    public init(asOf: Day, school: String? = nil, responsible: String? = nil) {
        self.asOf = asOf
        self.school = school
        self.responsible = responsible
    }
}

public enum Overdue {
    /// Every occurrence whose window ended before the as-of date and that is
    /// neither done nor cancelled, longest overdue first.
    public static func items(in data: RoadmapData, schedule: Schedule, query: OverdueQuery) -> [OverdueItem] {
        let needle = query.responsible.map(SearchText.fold)
        let schoolsById = Dictionary(data.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var items: [OverdueItem] = []
        for measure in data.measures {
            if let needle, !measure.responsible.contains(where: { SearchText.fold($0).contains(needle) }) { continue }
            for occurrence in schedule.occurrences(of: measure, in: data) {
                guard let window = occurrence.window, window.end < query.asOf else { continue }
                if let school = query.school, occurrence.school != school { continue }
                let status = data.status(of: occurrence.key)
                guard !status.isClosed else { continue }
                items.append(OverdueItem(key: occurrence.key, measure: measure,
                                         school: occurrence.school.flatMap { schoolsById[$0] },
                                         window: window, daysOverdue: window.end.days(until: query.asOf),
                                         status: status))
            }
        }
        return items.sorted(by: longestFirst)
    }

    static func longestFirst(_ a: OverdueItem, _ b: OverdueItem) -> Bool {
        if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
        if a.measure.id != b.measure.id { return a.measure.id.compare(numbering: b.measure.id) }
        return (a.school?.shortName ?? "") < (b.school?.shortName ?? "")
    }
}
