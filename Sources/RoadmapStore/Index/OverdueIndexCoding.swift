import RoadmapModel
/// The index file: a magic word, the version, a checksum of the rest, then
/// the sources, the plan and each record's status steps. Everything read is
/// checked (the checksum, every count, every position), so a damaged file
/// is refused.
extension OverdueIndex {
    static let magic: [UInt8] = Array("RMOVIDX\0".utf8)

    public func encoded() -> [UInt8] {
        var body = IndexWriter()
        body.i64(builtAt)
        body.count(sources.count)
        for s in sources {
            body.string(s.path)
            body.i64(s.size); body.i64(s.modified); body.i64(s.changed)
            body.u64(s.inode); body.u64(s.contentHash); body.u8(s.racy ? 1 : 0)
        }
        body.string(roadmap.title)
        body.string(roadmap.municipality)
        body.string(roadmap.period.description)
        body.count(roadmap.terms.count)
        for term in roadmap.terms { body.string(term.name); body.day(term.end) }
        body.count(schools.count)
        for school in schools {
            body.string(school.id); body.string(school.name); body.string(school.shortName)
            body.day(school.joined); body.day(school.left)
        }
        body.count(measures.count)
        for measure in measures {
            body.string(measure.id); body.string(measure.number); body.string(measure.section)
            body.string(measure.title); body.string(measure.deadline); body.strings(measure.responsible)
            switch measure.scope {
            case .municipal: body.u8(0)
            case .everySchool: body.u8(1)
            case .schools(let ids): body.u8(2); body.strings(ids)
            }
        }
        body.count(entries.count)
        for entry in entries {
            body.i32(entry.school); body.i32(entry.measure); body.day(entry.occurrence)
            body.count(entry.steps.count)
            for step in entry.steps { body.u8(Self.statusCode(step.status)); body.day(step.doneOn) }
        }
        var file = IndexWriter()
        for byte in Self.magic { file.u8(byte) }
        file.u32(Self.version)
        file.u64(SourceStamp.hash(body.bytes))
        return file.bytes + body.bytes
    }

    public init(decoding bytes: [UInt8]) throws(IndexError) {
        guard bytes.count >= Self.magic.count + 12, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw .notAnIndex
        }
        var header = IndexReader(bytes, from: Self.magic.count)
        let version = try header.u32()
        guard version == Self.version else { throw .otherVersion(version) }
        let checksum = try header.u64()
        let bodyStart = Self.magic.count + 12
        guard SourceStamp.hash(bytes[bodyStart...]) == checksum else { throw .damaged("checksum") }
        var r = IndexReader(bytes, from: bodyStart)
        let builtAt = try r.i64()
        var sources: [SourceStamp] = []
        for _ in 0..<(try r.count()) {
            sources.append(SourceStamp(path: try r.string(), size: try r.i64(), modified: try r.i64(), changed: try r.i64(),
                                       inode: try r.u64(), contentHash: try r.u64(), racy: try r.u8() == 1))
        }
        let title = try r.string(), municipality = try r.string()
        guard let period = Period(parsing: try r.string()) else { throw .damaged("period") }
        var terms: [SchoolTerm] = []
        for _ in 0..<(try r.count()) {
            let name = try r.string()
            guard let end = try r.day() else { throw .damaged("term") }
            terms.append(SchoolTerm(name: name, end: end))
        }
        var schools: [School] = []
        for _ in 0..<(try r.count()) {
            schools.append(School(id: try r.string(), name: try r.string(), shortName: try r.string(),
                                  joined: try r.day(), left: try r.day()))
        }
        var measures: [Measure] = []
        for _ in 0..<(try r.count()) {
            let id = try r.string(), number = try r.string(), section = try r.string()
            let title = try r.string(), deadline = try r.string(), responsible = try r.strings()
            let scope: MeasureScope
            switch try r.u8() {
            case 0: scope = .municipal
            case 1: scope = .everySchool
            case 2: scope = .schools(try r.strings())
            default: throw .damaged("scope")
            }
            measures.append(Measure(id: id, number: number, section: section, title: title, deadline: deadline,
                                    responsible: responsible, scope: scope))
        }
        // The status table packs positions into 24 and 16 bits.
        guard schools.count < 0xFF_FFFF, measures.count <= 0xFFFF else { throw .damaged("too many schools or measures") }
        var entries: [Entry] = []
        let entryCount = try r.count()
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let school = try r.i32(), measure = try r.i32(), occurrence = try r.day()
            guard school >= -1, school < schools.count, measure >= 0, measure < measures.count else { throw .damaged("entry") }
            let stepCount = try r.count()
            guard stepCount > 0 else { throw .damaged("entry without a status") }
            var steps: [StatusStep] = []
            for _ in 0..<stepCount {
                guard let status = Self.status(code: try r.u8()) else { throw .damaged("entry") }
                steps.append(StatusStep(status: status, doneOn: try r.day()))
            }
            entries.append(Entry(school: school, measure: measure, occurrence: occurrence, steps: steps))
        }
        guard r.atEnd else { throw .damaged("bytes after the end") }
        self.init(builtAt: builtAt, sources: sources,
                  roadmap: Roadmap(title: title, municipality: municipality, period: period, terms: terms),
                  schools: schools, measures: measures, entries: entries)
    }

    /// Fixed codes, independent of the order of `Status.allCases`.
    static func statusCode(_ status: Status) -> UInt8 {
        switch status {
        case .planned: return 0
        case .inProgress: return 1
        case .done: return 2
        case .notDone: return 3
        case .cancelled: return 4
        }
    }

    static func status(code: UInt8) -> Status? {
        [Status.planned, .inProgress, .done, .notDone, .cancelled].indices.contains(Int(code))
            ? [Status.planned, .inProgress, .done, .notDone, .cancelled][Int(code)] : nil
    }
}
