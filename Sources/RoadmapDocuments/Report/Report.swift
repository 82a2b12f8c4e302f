import RoadmapModel

/// The «информационная справка» as plain values: what the roadmap said,
/// what was marked against it, and the totals, as of one date. Every writer
/// (Markdown, HTML, CSV, DOCX) prints this same value, so the formats never
/// disagree about a word or a number.
public struct Report: Hashable, Sendable {
    /// «Информационная справка об итогах реализации плана мероприятий …».
    public var heading: String
    /// The department that approved the roadmap, printed above the heading
    /// the way a letterhead is.
    public var issuer: String?
    public var municipality: String
    /// «2020-2021 учебный год», «2022 год».
    public var periodText: String
    /// «приказом Управления образования … от 27.10.2020 № 378-а».
    public var order: String?
    /// Set when the report is about one school only.
    public var school: School?
    public var asOf: Day
    /// From the period's last day on, the справка reports the results
    /// («об итогах»); before, the progress «по состоянию на» the date.
    public var isFinal: Bool = true
    public var sections: [ReportSection]
    public var summary: ReportSummary
    /// The appendix line, the signature and the executor.
    public var requisites: ReportRequisites = ReportRequisites()
    /// What the coordinator wrote for the справка (`report.md`).
    public var text: ReportText = ReportText()
    /// The schools of the programme, listed when the roadmap has any.
    public var schools: [School] = []

    /// The lines under the heading, in the order they are printed. While
    /// the period runs the heading itself says «по состоянию на».
    public var preamble: [String] {
        var lines = ["\(municipality), \(periodText)"]
        if let order { lines.append("Дорожная карта утверждена \(order)") }
        if let school { lines.append("Образовательная организация: \(school.name)") }
        if isFinal { lines.append("по состоянию на \(asOf.russian)") }
        return lines
    }

    /// The table's column titles, as the documents head them.
    public static let columns = ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Отметка о выполнении"]
}

/// A section of the roadmap with its measures, in the roadmap's order.
public struct ReportSection: Hashable, Sendable {
    public var number: String
    public var title: String
    public var measures: [ReportMeasure]

    /// «I. Диагностический этап».
    public var caption: String { number.isEmpty ? title : "\(number). \(title)" }
}

/// One measure's row and, when it has several occurrences (per school or
/// recurring), the sub-rows under it. The sub-rows are made each time they
/// are asked for, not kept: a region's report has hundreds of thousands of
/// them, and a writer needs one measure's at a time.
public struct ReportMeasure: Hashable, Sendable {
    public var measure: Measure
    public var deadline: Deadline
    /// The «Отметка о выполнении» cell of the measure's own row: the single
    /// entry's mark, or a count when the entries get sub-rows.
    public var mark: String
    /// How many entries there are, counted when the row was made.
    public let entryCount: Int
    /// Whether any entry is a school's.
    let namesSchools: Bool
    private let source: ReportEntrySource

    init(measure: Measure, deadline: Deadline, mark: String, entryCount: Int, namesSchools: Bool,
         source: ReportEntrySource) {
        self.measure = measure
        self.deadline = deadline
        self.mark = mark
        self.entryCount = entryCount
        self.namesSchools = namesSchools
        self.source = source
    }

    /// The occurrences' entries, made from the data on each call.
    public var entries: [ReportEntry] {
        var entries: [ReportEntry] = []
        forEachEntry { entries.append($0) }
        return entries
    }

    /// The entries one by one, none kept: a recurring measure of a region
    /// has tens of thousands.
    public func forEachEntry(_ body: (ReportEntry) -> Void) {
        source.forEachOccurrence(of: measure) { body(source.entry(for: $0, of: deadline)) }
    }

    /// Sub-rows are printed only when there is more than one entry.
    public var hasSubRows: Bool { entryCount > 1 }

    public static func == (a: ReportMeasure, b: ReportMeasure) -> Bool {
        a.measure == b.measure && a.deadline == b.deadline && a.mark == b.mark && a.entries == b.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(deadline)
        hasher.combine(mark)
        hasher.combine(entries)
    }
}

/// One occurrence of a measure (for one school when it is per school).
public struct ReportEntry: Hashable, Sendable {
    public var key: ProgressKey
    /// Held by reference: a region's report has hundreds of thousands of
    /// entries and a school's record is long.
    public var school: School? {
        get { sharedSchool?.value }
        set { sharedSchool = newValue.map(Shared.init) }
    }
    var sharedSchool: Shared<School>?
    /// Nil for deadlines without dates.
    public var window: DateWindow?
    public var status: Status
    /// Where it stands on the report's date: what the totals count it as.
    public var standing: Standing
    public var note: String?
    public var doneOn: Day?
    /// Days past the window's end on the as-of date, when overdue.
    public var daysOverdue: Int?
    /// What the «Отметка о выполнении» cell says for it.
    public var mark: String
    /// The sub-row's text in the «Мероприятие» column, without the dash:
    /// the school's name and/or the occurrence's period.
    public var label: String

    init(key: ProgressKey, school: Shared<School>?, window: DateWindow?, status: Status, standing: Standing,
         note: String?, doneOn: Day?, daysOverdue: Int?, mark: String, label: String) {
        self.key = key
        self.sharedSchool = school
        self.window = window
        self.status = status
        self.standing = standing
        self.note = note
        self.doneOn = doneOn
        self.daysOverdue = daysOverdue
        self.mark = mark
        self.label = label
    }
}
