import RoadmapModel

/// One line of the «Муниципалитеты» pane: what the municipality's own
/// справка totals, and when its copy was last fetched.
public struct MunicipalityRow: Hashable, Sendable {
    public var name: String
    /// The folder of the regional folder holding its copy.
    public var folder: String
    public var schools: Int
    public var federal500: Int
    public var growthPoints: Int
    public var measures: Int
    /// «67 из 82 (82 %)», «—» when nothing was due.
    public var onTime: String
    /// «82 %», «—»: the same where there is less room.
    public var onTimeShort: String
    public var overdue: Int
    /// «06.12.2026 21:51», «не получен».
    public var lastSync: String
    /// Why it is not counted (not fetched yet, data with errors).
    public var gap: String?

    public init(name: String, folder: String, schools: Int, federal500: Int, growthPoints: Int, measures: Int,
                onTime: String, onTimeShort: String, overdue: Int, lastSync: String, gap: String?) {
        self.name = name
        self.folder = folder
        self.schools = schools
        self.federal500 = federal500
        self.growthPoints = growthPoints
        self.measures = measures
        self.onTime = onTime
        self.onTimeShort = onTimeShort
        self.overdue = overdue
        self.lastSync = lastSync
        self.gap = gap
    }
}

/// One late occurrence of the region, with its municipality.
public struct RegionOverdueRow: Hashable, Sendable {
    public var municipality: String
    public var folder: String
    public var daysOverdue: Int
    public var number: String
    public var title: String
    public var school: String?
    public var due: Day

    public init(municipality: String, folder: String, daysOverdue: Int, number: String, title: String, school: String?, due: Day) {
        self.municipality = municipality
        self.folder = folder
        self.daysOverdue = daysOverdue
        self.number = number
        self.title = title
        self.school = school
        self.due = due
    }
}
