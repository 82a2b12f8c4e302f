/// The plan itself: what the approving order says about it, and the settings
/// the deadlines are read against.
public struct Roadmap: Hashable, Sendable {
    public var title: String
    public var municipality: String
    public var order: ApprovingOrder?
    public var period: Period
    public var sections: [Section]
    public var glossary: [GlossaryEntry]
    /// School terms inside the period; empty means the usual Russian dates.
    public var terms: [SchoolTerm]
    /// The «500+» risk factors this region uses.
    public var riskFactors: [String]
    /// Free remarks, e.g. where the data came from.
    public var notes: String?
    /// The справка's appendix line, signature and executor.
    public var requisites: ReportRequisites = ReportRequisites()

    public init(title: String, municipality: String, order: ApprovingOrder? = nil,
                period: Period, sections: [Section] = [], glossary: [GlossaryEntry] = [],
                terms: [SchoolTerm] = [], riskFactors: [String] = RiskFactor.federalList,
                notes: String? = nil) {
        self.title = title
        self.municipality = municipality
        self.order = order
        self.period = period
        self.sections = sections
        self.glossary = glossary
        self.terms = terms
        self.riskFactors = riskFactors
        self.notes = notes
    }

    public var deadlineContext: DeadlineContext {
        DeadlineContext(period: period, termEnds: terms.isEmpty ? nil : terms.map(\.end))
    }
}

/// «приказ № 378-а от 27.10.2020».
public struct ApprovingOrder: Hashable, Sendable {
    public var number: String
    public var date: Day?
    public var issuer: String?

    public init(number: String, date: Day?, issuer: String? = nil) {
        self.number = number
        self.date = date
        self.issuer = issuer
    }
}

public struct Section: Hashable, Sendable {
    /// As printed without the trailing dot: «1», «II».
    public var number: String
    public var title: String

    public init(number: String, title: String) {
        self.number = number
        self.title = title
    }
}

public struct GlossaryEntry: Hashable, Sendable {
    public var term: String
    public var meaning: String

    public init(term: String, meaning: String) {
        self.term = term
        self.meaning = meaning
    }
}

public struct SchoolTerm: Hashable, Sendable {
    public var name: String
    public var end: Day

    public init(name: String, end: Day) {
        self.name = name
        self.end = end
    }
}

public enum RiskFactor {
    /// ФИОКО's list of «500+» risk factors, the default for a new roadmap.
    public static let federalList: [String] = [
        "Низкий уровень оснащения школы",
        "Дефицит педагогических кадров",
        "Недостаточная предметная и методическая компетентность педагогических работников",
        "Риски низкой адаптивности учебного процесса",
        "Несформированность внутришкольной системы повышения квалификации",
        "Высокая доля обучающихся с рисками учебной неуспешности",
        "Низкое качество преодоления языковых и культурных барьеров",
        "Пониженный уровень качества школьной образовательной и воспитательной среды",
        "Низкий уровень вовлечённости родителей",
        "Низкая учебная мотивация обучающихся",
    ]
}
