import RoadmapModel

/// The plan as the index files keep it: what reading deadlines, naming
/// schools and measures and choosing whose record a mark is about need —
/// roadmap title, municipality, period and terms; each school's id, names
/// and dates in the programme; each measure without its result and notes.
/// Shared by the overdue index and the plan cache, so both hold the same.
struct IndexedPlan: Sendable {
    var roadmap: Roadmap
    var schools: [School]
    var measures: [Measure]

    init(roadmap: Roadmap, schools: [School], measures: [Measure]) {
        let r = roadmap
        self.roadmap = Roadmap(title: r.title, municipality: r.municipality, period: r.period, terms: r.terms)
        self.schools = schools.map {
            School(id: $0.id, name: $0.name, shortName: $0.shortName, joined: $0.joined, left: $0.left)
        }
        self.measures = measures.map {
            Measure(id: $0.id, number: $0.number, section: $0.section, title: $0.title,
                    deadline: $0.deadline, responsible: $0.responsible, scope: $0.scope)
        }
    }
}

extension IndexWriter {
    /// Writes the fields `IndexedPlan` keeps, and only those: values already
    /// reduced and values as read give the same bytes.
    mutating func plan(_ roadmap: Roadmap, schools: [School], measures: [Measure]) {
        string(roadmap.title)
        string(roadmap.municipality)
        string(roadmap.period.description)
        count(roadmap.terms.count)
        for term in roadmap.terms { string(term.name); day(term.end) }
        count(schools.count)
        for school in schools {
            string(school.id); string(school.name); string(school.shortName)
            day(school.joined); day(school.left)
        }
        count(measures.count)
        for measure in measures {
            string(measure.id); string(measure.number); string(measure.section)
            string(measure.title); string(measure.deadline); strings(measure.responsible)
            switch measure.scope {
            case .municipal: u8(0)
            case .everySchool: u8(1)
            case .schools(let ids): u8(2); strings(ids)
            }
        }
    }
}

extension IndexReader {
    /// What `IndexWriter.plan` wrote; the values are already the indexed
    /// ones, so they are taken as they are.
    mutating func plan() throws(IndexError) -> IndexedPlan {
        let title = try string(), municipality = try string()
        guard let period = Period(parsing: try string()) else { throw .damaged("period") }
        var terms: [SchoolTerm] = []
        for _ in 0..<(try count()) {
            let name = try string()
            guard let end = try day() else { throw .damaged("term") }
            terms.append(SchoolTerm(name: name, end: end))
        }
        var schools: [School] = []
        let schoolCount = try count()
        schools.reserveCapacity(schoolCount)
        for _ in 0..<schoolCount {
            schools.append(School(id: try string(), name: try string(), shortName: try string(),
                                  joined: try day(), left: try day()))
        }
        var measures: [Measure] = []
        for _ in 0..<(try count()) {
            let id = try string(), number = try string(), section = try string()
            let title = try string(), deadline = try string(), responsible = try strings()
            let scope: MeasureScope
            switch try u8() {
            case 0: scope = .municipal
            case 1: scope = .everySchool
            case 2: scope = .schools(try strings())
            default: throw .damaged("scope")
            }
            measures.append(Measure(id: id, number: number, section: section, title: title, deadline: deadline,
                                    responsible: responsible, scope: scope))
        }
        return IndexedPlan(decoded: Roadmap(title: title, municipality: municipality, period: period, terms: terms),
                           schools: schools, measures: measures)
    }
}

extension IndexedPlan {
    /// Values read back from an index file: already reduced.
    fileprivate init(decoded roadmap: Roadmap, schools: [School], measures: [Measure]) {
        self.roadmap = roadmap
        self.schools = schools
        self.measures = measures
    }
}
