import RoadmapModel

/// One row of the «Дорожная карта» pane.
public enum TimelineRow: Hashable, Sendable {
    case section(number: String, title: String)
    /// Index into `data.measures`.
    case measure(Int)
    /// A section with no measures yet: its heading, selectable, so `a`
    /// adds into it and the section keys work on it.
    case emptySection(number: String, title: String)

    /// Rows the timeline's selection can stand on.
    var isSelectable: Bool {
        if case .section = self { return false }
        return true
    }
}

/// What the panes list under the current filters. Recomputed when the
/// summary or a filter changes; render only reads it.
public struct ViewCache: Sendable {
    public var rows: [TimelineRow] = []
    /// Per measure id, one status per window for the selected school (nil:
    /// the school does not take part then), or all schools combined.
    public var statuses: [String: [ShownStatus?]] = [:]
    public var overdue: [OverdueItem] = []
    public var control: [ControlRow] = []
    /// The schools the «Школы» pane lists: those still in the programme on
    /// the as-of date, or every one with `o` (former schools shown).
    public var schools: [School] = []
    /// Late items per school id, and in all, under every filter but the
    /// school: the «Школы» pane's counts agree with «Просрочено».
    public var overdueBySchool: [String: Int] = [:]
    public var overdueInAll = 0

    init(state: AppState) {
        let data = state.data, filters = state.filters
        let school = filters.school.flatMap { data.school($0) }
        schools = state.showFormerSchools ? data.schools : data.schools.filter { !$0.hasLeft(by: state.asOf) }
        for measure in data.measures {
            statuses[measure.id] = ViewCache.statuses(of: measure, for: school, state: state)
        }
        rows = ViewCache.rows(data: data, filters: filters, statuses: statuses)
        // Text filters are decided once per measure, not once per late item.
        // With nothing filtered out the summary's list is shared, not copied:
        // a region has tens of thousands of late items.
        let admittedOverdue: [OverdueItem]
        if data.measures.allSatisfy(filters.admits) {
            admittedOverdue = state.summary.overdue
        } else {
            let admitted = Set(data.measures.lazy.filter(filters.admits).map(\.id))
            admittedOverdue = state.summary.overdue.filter { admitted.contains($0.measure.id) }
        }
        overdueInAll = admittedOverdue.count
        for i in admittedOverdue.indices {
            if let school = admittedOverdue[i].key.school { overdueBySchool[school, default: 0] += 1 }
        }
        overdue = filters.school == nil ? admittedOverdue
            : admittedOverdue.filter { $0.key.school == filters.school }
        if state.mode == .control {
            control = ControlRow.rows(state.summary.overdue, grouping: state.grouping, asOf: state.asOf,
                                      schoolCount: data.schools.filter { $0.isActive(on: state.asOf) }.count)
        }
    }

    init() {}

    private static func statuses(of measure: Measure, for info: School?, state: AppState) -> [ShownStatus?] {
        let combined = state.summary.combined[measure.id] ?? [.unscheduled]
        guard let info, measure.scope.isPerSchool else { return combined }
        let school = info.id
        guard takesPart(school, in: measure) else { return combined.map { _ in nil } }
        let windows = Summary.windows(of: measure, schedule: state.schedule)
        let several = windows.count > 1
        return windows.map { window in
            if let window, !info.isActive(on: window.end) { return nil }
            if window == nil, info.left != nil { return nil }
            let key = ProgressKey(measure: measure.id, school: school, occurrence: several ? window?.end : nil)
            return ShownStatus(state.status(of: key), window: window, asOf: state.asOf)
        }
    }

    static func takesPart(_ school: String, in measure: Measure) -> Bool {
        switch measure.scope {
        case .municipal: return false
        case .everySchool: return true
        case .schools(let ids): return ids.contains(school)
        }
    }

    /// Measures grouped under their sections in the roadmap's order; a
    /// section not listed in the roadmap still shows, after the others.
    private static func rows(data: RoadmapData, filters: Filters,
                             statuses: [String: [ShownStatus?]]) -> [TimelineRow] {
        var bySection: [String: [Int]] = [:]
        var order = data.roadmap.sections.map(\.number)
        for (i, measure) in data.measures.enumerated() where admits(measure, filters, statuses) {
            if bySection[measure.section] == nil, !order.contains(measure.section) { order.append(measure.section) }
            bySection[measure.section, default: []].append(i)
        }
        let empty = emptySections(data: data, filters: filters)
        var rows: [TimelineRow] = []
        for number in order {
            let title = data.roadmap.sections.first { $0.number == number }?.title ?? ""
            guard let members = bySection[number], !members.isEmpty else {
                if empty.contains(number) { rows.append(.emptySection(number: number, title: title)) }
                continue
            }
            rows.append(.section(number: number, title: title))
            rows += members.map(TimelineRow.measure)
        }
        return rows
    }

    /// Sections with no measures at all. They show unless a filter other
    /// than the school or that very section narrows the list: a search
    /// or a status has nothing to find in them.
    private static func emptySections(data: RoadmapData, filters: Filters) -> Set<String> {
        var narrowing = filters
        narrowing.school = nil
        narrowing.section = nil
        guard !narrowing.narrowsMeasures else { return [] }
        let used = Set(data.measures.map(\.section))
        return Set(data.roadmap.sections.map(\.number).filter {
            !used.contains($0) && (filters.section == nil || filters.section == $0)
        })
    }

    private static func admits(_ measure: Measure, _ filters: Filters,
                               _ statuses: [String: [ShownStatus?]]) -> Bool {
        guard filters.admits(measure) else { return false }
        let shown = (statuses[measure.id] ?? []).compactMap { $0 }
        if let school = filters.school, !takesPart(school, in: measure) || shown.isEmpty { return false }
        if let status = filters.status, !shown.contains(status) { return false }
        return true
    }
}
