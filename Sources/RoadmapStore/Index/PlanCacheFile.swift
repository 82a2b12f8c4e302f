import RoadmapModel

/// The plan cache's file: a magic word, the version, a checksum of the
/// rest, then the data directory's real path (a cache copied onto another
/// directory's name is refused), the stamps of the three plan files and the
/// plan. Anything short, foreign or damaged is refused, never guessed.
struct PlanCacheFile: Sendable {
    static let magic: [UInt8] = Array("RMPLAN\0\0".utf8)
    static let version: UInt32 = 1

    var directory: String
    var sources: [SourceStamp]
    var plan: IndexedPlan

    init(directory: String, sources: [SourceStamp], plan: IndexedPlan) {
        self.directory = directory
        self.sources = sources
        self.plan = plan
    }

    func encoded() -> [UInt8] {
        var body = IndexWriter()
        body.string(directory)
        body.sources(sources)
        body.plan(plan.roadmap, schools: plan.schools, measures: plan.measures)
        return IndexEnvelope.wrap(body.bytes, magic: Self.magic, version: Self.version)
    }

    init(decoding bytes: [UInt8]) throws(IndexError) {
        var r = try IndexEnvelope.open(bytes, magic: Self.magic, version: Self.version)
        directory = try r.string()
        sources = try r.sources()
        plan = try r.plan()
        guard r.atEnd else { throw .damaged("bytes after the end") }
    }
}
