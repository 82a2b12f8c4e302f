import RoadmapModel

/// What narrows the panes. The school comes from the «Школы» pane; the rest
/// from keys. All text comparison goes through `SearchText`.
public struct Filters: Hashable, Sendable {
    /// A school id, or nil for «Все школы».
    public var school: String?
    public var responsible: String = ""
    /// A section number.
    public var section: String?
    public var status: ShownStatus?
    /// `/` search over titles and numbers.
    public var search: String = ""

    public init(school: String? = nil, responsible: String = "", section: String? = nil,
                status: ShownStatus? = nil, search: String = "") {
        self.school = school
        self.responsible = responsible
        self.section = section
        self.status = status
        self.search = search
    }

    /// True when anything besides the school narrows the lists.
    public var narrowsMeasures: Bool {
        !SearchText.fold(responsible).isEmpty || section != nil || status != nil
            || !SearchText.fold(search).isEmpty
    }

    /// Whether a measure passes the text, section and responsible filters
    /// (status and school are decided with the schedule, elsewhere).
    func admits(_ measure: Measure) -> Bool {
        if let section, measure.section != section { return false }
        if !SearchText.matches(measure.title, search) && !SearchText.matches(measure.number, search) {
            return false
        }
        let who = SearchText.fold(responsible)
        if !who.isEmpty, !measure.responsible.contains(where: { SearchText.fold($0).contains(who) }) {
            return false
        }
        return true
    }

    /// The order `f` steps through.
    static let statusCycle: [ShownStatus?] = [nil, .overdue, .inProgress, .upcoming, .done, .notDone,
                                               .cancelled, .unscheduled]
}
