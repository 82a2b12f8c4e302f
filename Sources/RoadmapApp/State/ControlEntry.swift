import RoadmapModel

/// One measure on the «Час контроля» screen, its late occurrences gathered:
/// the schools where it is late (longest delay first) and, for a recurring
/// measure, the months it fell due — one line, not one per occurrence.
public struct ControlEntry: Hashable, Sendable {
    public let measure: Measure
    /// The longest delay among its occurrences.
    public let days: Int
    /// None of its occurrences was late at the previous meeting a month ago.
    public let isNew: Bool
    /// Short names, the longest delay first; empty for a municipal measure
    /// and under «по школам», where the group names the school.
    public let schools: [String]
    /// True when it is late in every school the roadmap has.
    public let everySchool: Bool
    /// «февраль», «март» …: the months its late occurrences fell due, when
    /// there are several.
    public let months: [String]
    /// The responsible besides the group's own, under «по ответственным»;
    /// every responsible under «по школам».
    public let others: [String]

    /// `items`: one measure's late occurrences, longest delay first.
    init(_ items: [OverdueItem], grouping: ControlGrouping, asOf: Day, schoolCount: Int) {
        measure = items[0].measure
        days = items.map(\.daysOverdue).max() ?? 0
        isNew = items.allSatisfy { ControlRow.isNew($0, asOf: asOf) }
        var names: [String] = []
        for item in items where grouping == .responsible {
            if let name = item.school?.shortName, !names.contains(name) { names.append(name) }
        }
        schools = names
        everySchool = schoolCount > 1 && names.count == schoolCount
        let windows = Set(items.map(\.window)).sorted { $0.end < $1.end }
        var months: [String] = []
        for window in windows where windows.count > 1 {
            let name = RussianText.months[window.end.month - 1]
            if !months.contains(name) { months.append(name) }
        }
        self.months = months
        let named = measure.responsible.filter { !$0.isEmpty }
        others = grouping == .responsible ? Array(named.dropFirst()) : named
    }

    /// «все 7 школ» or the names; the months; who else answers for it.
    var details: [String] {
        var parts: [String] = []
        if !months.isEmpty { parts.append(months.joined(separator: ", ")) }
        if everySchool {
            parts.append("все \(schools.count) школ")
        } else if !schools.isEmpty {
            parts.append(schools.joined(separator: ", "))
        }
        return parts
    }
}
