/// A school in the programme («МКОУ СОШ с.п. Урожайное»).
public struct School: Hashable, Sendable {
    /// Stable id, used in file names and on the command line: latin letters,
    /// digits and `-` only.
    public var id: String
    public var name: String
    public var shortName: String
    public var locality: String?
    /// «ШНОР», «ШНСУ», «500+».
    public var programmes: [String]
    public var curator: String?
    public var mentor: String?
    /// Ids of schools in the data or names of schools outside it.
    public var partners: [String]
    /// Agreements with partners, as the document reports them.
    public var agreements: [PartnerAgreement]
    public var growthPoint: GrowthPoint?
    public var riskFactors: [String]
    public var contact: String?
    public var notes: String?
    /// The day it joined the programme; per-school measures count from here.
    public var joined: Day?
    /// The day it left; it keeps its history but leaves the panes.
    public var left: Day?
    /// Names of fields whose values are illustrations, not from the document.
    public var exampleFields: [String]

    public init(id: String, name: String, shortName: String, locality: String? = nil,
                programmes: [String] = [], curator: String? = nil, mentor: String? = nil,
                partners: [String] = [], agreements: [PartnerAgreement] = [], growthPoint: GrowthPoint? = nil,
                riskFactors: [String] = [], contact: String? = nil, notes: String? = nil,
                joined: Day? = nil, left: Day? = nil, exampleFields: [String] = []) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.locality = locality
        self.programmes = programmes
        self.curator = curator
        self.mentor = mentor
        self.partners = partners
        self.agreements = agreements
        self.growthPoint = growthPoint
        self.riskFactors = riskFactors
        self.contact = contact
        self.notes = notes
        self.joined = joined
        self.left = left
        self.exampleFields = exampleFields
    }

    public var isFederal500: Bool { programmes.contains("500+") }

    /// Whether the school takes part in the programme on this day.
    public func isActive(on day: Day) -> Bool {
        School.takesPart(joined: joined, left: left, on: day)
    }

    /// The rule itself, on the two dates alone, for loops over thousands of
    /// schools that should not copy whole `School` values.
    public static func takesPart(joined: Day?, left: Day?, on day: Day) -> Bool {
        if let joined, day < joined { return false }
        if let left, day >= left { return false }
        return true
    }
}

/// A «Точка роста» centre: opened on a date, or planned for one.
public struct GrowthPoint: Hashable, Sendable {
    public var opened: Day?
    /// True while the centre is only planned («будут функционировать»).
    public var planned: Bool

    public init(opened: Day?, planned: Bool = false) {
        self.opened = opened
        self.planned = planned
    }
}
