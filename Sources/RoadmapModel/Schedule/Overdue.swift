/// One late occurrence, as the overdue pane and `roadmap overdue` list it.
public struct OverdueItem: Hashable, Sendable {
    public var key: ProgressKey
    public var measure: Measure {
        get { sharedMeasure.value }
        set { sharedMeasure = Shared(newValue) }
    }
    public var school: School? {
        get { sharedSchool?.value }
        set { sharedSchool = newValue.map(Shared.init) }
    }
    /// Held by reference, one per measure and school of the list: a
    /// region's list has tens of thousands of items.
    private var sharedMeasure: Shared<Measure>
    private var sharedSchool: Shared<School>?
    public var window: DateWindow
    public var daysOverdue: Int
    public var status: Status

    init(key: ProgressKey, measure: Shared<Measure>, school: Shared<School>?, window: DateWindow, daysOverdue: Int,
         status: Status) {
        self.key = key
        self.sharedMeasure = measure
        self.sharedSchool = school
        self.window = window
        self.daysOverdue = daysOverdue
        self.status = status
    }

    public var due: Day { window.end }
    public var occurrence: Occurrence { Occurrence(key: key, window: window) }
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
    /// neither done nor cancelled as of that date (`AsOfRule`: a «выполнено»
    /// with a later day done does not count yet), longest overdue first, then by measure
    /// number, then by the school's short name.
    ///
    /// Regions have hundreds of thousands of occurrences, so this walks only
    /// windows that have already ended, looks each record up once, and
    /// builds full items only for what is late.
    public static func items(in data: RoadmapData, schedule: Schedule, query: OverdueQuery) -> [OverdueItem] {
        // One partition lookup per school, not per occurrence.
        let partitions = data.schools.map { data.progressBySchool[$0.id] ?? [:] }
        let schools = data.schools, measures = data.measures
        return items(schools: schools, measures: measures, schedule: schedule, query: query) { school, measure, occurrence in
            let key = ProgressKey(measure: measures[measure].id, school: school < 0 ? nil : schools[school].id,
                                  occurrence: occurrence)
            return school < 0 ? data.status(of: key, asOf: query.asOf)
                : partitions[school][key]?.status(asOf: query.asOf) ?? .planned
        }
    }

    /// The same list from statuses kept elsewhere (the derived index keeps
    /// them by position): `statusOf(school, measure, occurrence)` gets the
    /// positions in `schools` (-1 for municipal) and `measures`, and the
    /// occurrence day the record's key carries (nil for a measure with one
    /// window), and must answer the status as of `query.asOf`. Keys are
    /// made for the late occurrences only.
    public static func items(schools: [School], measures: [Measure], schedule: Schedule, query: OverdueQuery,
                             statusOf: @Sendable (Int, Int, Day?) -> Status) -> [OverdueItem] {
        let needle = query.responsible.map(SearchText.fold)
        let schoolIndex = Dictionary(schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Plain arrays of what the loop reads: touching a `School` value per
        // occurrence retains and releases a dozen strings, which dominated
        // this loop at regional scale.
        let ids = schools.map(\.id)
        let joined = schools.map(\.joined)
        let left = schools.map(\.left)
        let windowsOf = measures.map { schedule.deadline(of: $0).windows }
        let perMeasure = Parallel.map(Array(measures.indices)) { measureIndex -> [Found] in
            let measure = measures[measureIndex]
            var found: [Found] = []
            if let needle, !measure.responsible.contains(where: { SearchText.fold($0).contains(needle) }) { return found }
            if !measure.scope.isPerSchool && query.school != nil { return found }
            let windows = windowsOf[measureIndex]
            let several = windows.count > 1
            let schools = schoolIndexes(for: measure.scope, ids: ids, index: schoolIndex, only: query.school)
            for (windowIndex, window) in windows.enumerated() where window.end < query.asOf {
                let occurrence = several ? window.end : nil
                let days = window.end.days(until: query.asOf)
                func late(_ school: Int, _ status: Status) -> Found {
                    Found(days: Int32(clamping: days), measure: Int32(measureIndex), school: Int32(school),
                          window: Int32(windowIndex), status: status)
                }
                if !measure.scope.isPerSchool {
                    let status = statusOf(-1, measureIndex, occurrence)
                    if Standing.isLate(status, due: window.end, asOf: query.asOf) { found.append(late(-1, status)) }
                    continue
                }
                for index in schools where School.takesPart(joined: joined[index], left: left[index], on: window.end) {
                    let status = statusOf(index, measureIndex, occurrence)
                    if Standing.isLate(status, due: window.end, asOf: query.asOf) { found.append(late(index, status)) }
                }
            }
            return found
        }
        // Put together at its final size: a region's list is a hundred
        // thousand items and more, and doubling would hold it twice.
        var found: [Found] = []
        found.reserveCapacity(perMeasure.reduce(0) { $0 + $1.count })
        for part in consume perMeasure { found.append(contentsOf: part) }
        let rank = measureRanks(measures)
        let schoolRank = schoolRanks(schools)
        found.sort { a, b in
            if a.days != b.days { return a.days > b.days }
            if a.measure != b.measure { return rank[Int(a.measure)] < rank[Int(b.measure)] }
            return (a.school < 0 ? -1 : schoolRank[Int(a.school)]) < (b.school < 0 ? -1 : schoolRank[Int(b.school)])
        }
        let sharedMeasures = measures.map(Shared.init), sharedSchools = schools.map(Shared.init)
        return found.map { f in
            let measure = Int(f.measure), school = Int(f.school)
            let windows = windowsOf[measure], window = windows[Int(f.window)]
            return OverdueItem(key: ProgressKey(measure: measures[measure].id, school: school >= 0 ? ids[school] : nil,
                                                occurrence: windows.count > 1 ? window.end : nil),
                               measure: sharedMeasures[measure],
                               school: school >= 0 ? sharedSchools[school] : nil,
                               window: window, daysOverdue: Int(f.days), status: f.status)
        }
    }

    /// Each school's place in alphabetical order of short names.
    static func schoolRanks(_ schools: [School]) -> [Int] {
        // The names apart: comparing through `schools[i]` copies a whole
        // `School` (a dozen strings retained) twice per comparison.
        let names = schools.map(\.shortName)
        let order = names.indices.sorted { names[$0] < names[$1] }
        var rank = Array(repeating: 0, count: schools.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        return rank
    }

    /// Positions in `data.schools` of the schools a scope names, narrowed
    /// to one school when the query asks for it.
    private static func schoolIndexes(for scope: MeasureScope, ids: [String], index: [String: Int], only: String?) -> [Int] {
        let all: [Int]
        switch scope {
        case .municipal: return []
        case .everySchool: all = Array(ids.indices)
        case .schools(let chosen): all = chosen.compactMap { index[$0] }.sorted()
        }
        guard let only else { return all }
        return all.filter { ids[$0] == only }
    }

    /// A late occurrence before it is dressed as an `OverdueItem`: positions
    /// instead of copies, so sorting compares integers and moves no string,
    /// in 20 bytes (a region's list holds a hundred thousand of them).
    private struct Found: Sendable {
        var days: Int32
        var measure: Int32
        /// -1: the municipal record.
        var school: Int32
        /// The window's place among its measure's windows.
        var window: Int32
        var status: Status
    }

    /// Each measure's place in numbering order («2.9» before «2.10»),
    /// computed once instead of comparing numbers in every sort step.
    static func measureRanks(_ measures: [Measure]) -> [Int] {
        let ids = measures.map(\.id)
        let order = ids.indices.sorted { ids[$0].compare(numbering: ids[$1]) }
        var rank = Array(repeating: 0, count: measures.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        return rank
    }
}
