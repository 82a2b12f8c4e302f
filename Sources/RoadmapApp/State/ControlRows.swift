import RoadmapModel

/// How «Час контроля» groups the overdue list (`g` switches).
public enum ControlGrouping: Hashable, Sendable {
    case responsible
    case school

    public var russian: String { self == .responsible ? "по ответственным" : "по школам" }
}

/// One line of the «Час контроля» screen.
public enum ControlRow: Hashable, Sendable {
    case group(title: String, count: Int, new: Int)
    case item(ControlEntry)
    case gap

    /// The previous meeting is a month before the as-of date; an item was
    /// overdue then only if it fell due before that day.
    public static func isNew(_ item: OverdueItem, asOf: Day) -> Bool {
        item.due >= asOf.adding(months: -1)
    }

    /// Groups with most measures first, each measure once in its group.
    /// By responsible a measure stands under its first-named responsible
    /// only (the others are named beside it), so the groups add up to the
    /// measures late; by school it stands under each school where it is
    /// late, and the groups add up to those pairs.
    static func rows(_ items: [OverdueItem], grouping: ControlGrouping, asOf: Day, schoolCount: Int) -> [ControlRow] {
        var order: [String] = []
        var groups: [String: [String: [OverdueItem]]] = [:]
        var measureOrder: [String: [String]] = [:]
        for item in items {
            let name = groupName(item, grouping)
            if groups[name] == nil { order.append(name) }
            if groups[name, default: [:]][item.measure.id] == nil { measureOrder[name, default: []].append(item.measure.id) }
            groups[name, default: [:]][item.measure.id, default: []].append(item)
        }
        let ordered = order.sorted { a, b in
            let (ca, cb) = (groups[a]?.count ?? 0, groups[b]?.count ?? 0)
            return ca != cb ? ca > cb : a < b
        }
        var rows: [ControlRow] = []
        for name in ordered {
            let entries = (measureOrder[name] ?? []).compactMap { groups[name]?[$0] }.map {
                ControlEntry($0, grouping: grouping, asOf: asOf, schoolCount: schoolCount)
            }
            if !rows.isEmpty { rows.append(.gap) }
            rows.append(.group(title: name, count: entries.count, new: entries.filter(\.isNew).count))
            rows += entries.map { .item($0) }
        }
        return rows
    }

    /// The measures (by responsible) or measure-and-school pairs (by
    /// school) the groups count, and how many of them are new.
    static func totals(_ rows: [ControlRow]) -> (count: Int, new: Int) {
        rows.reduce((0, 0)) { sum, row in
            guard case .group(_, let count, let new) = row else { return sum }
            return (sum.0 + count, sum.1 + new)
        }
    }

    static func groupName(_ item: OverdueItem, _ grouping: ControlGrouping) -> String {
        switch grouping {
        case .responsible: return lead(item.measure) ?? "ответственный не указан"
        case .school: return item.school?.shortName ?? "муниципальные мероприятия"
        }
    }

    /// The first-named responsible leads the measure.
    static func lead(_ measure: Measure) -> String? { measure.responsible.first { !$0.isEmpty } }
}
