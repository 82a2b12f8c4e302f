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
    /// «февраль», «март», or «январь – май»: the months its late
    /// occurrences fell due, when there are several.
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
        let windows = Set(items.map(\.window))
        let due = Set(windows.map { $0.end.year * 12 + $0.end.month - 1 })
        months = windows.count > 1 ? ControlEntry.monthRuns(due.sorted()) : []
        let named = measure.responsible.filter { !$0.isEmpty }
        others = grouping == .responsible ? Array(named.dropFirst()) : named
    }

    /// Months counted from year 0, named; four and more in a row as one
    /// run («январь – август»), so a monthly measure's line stays short
    /// late in the year.
    static func monthRuns(_ months: [Int]) -> [String] {
        var runs: [[Int]] = []
        for month in months {
            if let last = runs.last?.last, last + 1 == month { runs[runs.count - 1].append(month) } else { runs.append([month]) }
        }
        return runs.flatMap { run -> [String] in
            let names = run.map { RussianText.months[$0 % 12] }
            return names.count >= 4 ? ["\(names[0]) – \(names[names.count - 1])"] : names
        }
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
