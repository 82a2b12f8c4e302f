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
        body.sources(sources)
        body.plan(roadmap, schools: schools, measures: measures)
        body.count(entries.count)
        for entry in entries {
            body.i32(entry.school); body.i32(entry.measure); body.day(entry.occurrence)
            body.count(entry.steps.count)
            for step in entry.steps { body.u8(Self.statusCode(step.status)); body.day(step.doneOn) }
        }
        return IndexEnvelope.wrap(body.bytes, magic: Self.magic, version: Self.version)
    }

    public init(decoding bytes: [UInt8]) throws(IndexError) {
        var r = try IndexEnvelope.open(bytes, magic: Self.magic, version: Self.version)
        let builtAt = try r.i64()
        let sources = try r.sources()
        let plan = try r.plan()
        let (schools, measures) = (plan.schools, plan.measures)
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
                  roadmap: plan.roadmap, schools: schools, measures: measures, entries: entries)
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
