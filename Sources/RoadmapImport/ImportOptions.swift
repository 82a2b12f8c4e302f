import RoadmapModel

/// What the user may tell the import instead of letting it read the document.
public struct ImportOptions: Sendable {
    /// The roadmap's period; else taken from the title («на 2020-2021 учебный год»).
    public var period: Period?
    public var title: String?
    public var municipality: String?
    /// Schools of the programme, when known: measures the schools carry
    /// out become per-school (see `ScopeRule`). A document's table names none.
    public var schools: [School]

    public init(period: Period? = nil, title: String? = nil, municipality: String? = nil, schools: [School] = []) {
        self.period = period
        self.title = title
        self.municipality = municipality
        self.schools = schools
    }
}
