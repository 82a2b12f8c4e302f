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
    /// `isNew`: it was not yet overdue at the previous meeting a month ago.
    case item(OverdueItem, isNew: Bool)
    case gap

    /// The previous meeting is a month before the as-of date; an item was
    /// overdue then only if it fell due before that day.
    public static func isNew(_ item: OverdueItem, asOf: Day) -> Bool {
        item.due >= asOf.adding(months: -1)
    }

    /// Groups with most items first; an item with several responsible
    /// appears under each of them.
    static func rows(_ items: [OverdueItem], grouping: ControlGrouping, asOf: Day) -> [ControlRow] {
        var groups: [String: [OverdueItem]] = [:]
        for item in items {
            for name in groupNames(item, grouping) { groups[name, default: []].append(item) }
        }
        let ordered = groups.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
        }
        var rows: [ControlRow] = []
        for (name, members) in ordered {
            if !rows.isEmpty { rows.append(.gap) }
            let fresh = members.filter { isNew($0, asOf: asOf) }.count
            rows.append(.group(title: name, count: members.count, new: fresh))
            rows += members.map { .item($0, isNew: isNew($0, asOf: asOf)) }
        }
        return rows
    }

    static func groupNames(_ item: OverdueItem, _ grouping: ControlGrouping) -> [String] {
        switch grouping {
        case .responsible:
            let names = item.measure.responsible.filter { !$0.isEmpty }
            return names.isEmpty ? ["ответственный не указан"] : names
        case .school:
            return [item.school?.shortName ?? "муниципальные мероприятия"]
        }
    }
}
