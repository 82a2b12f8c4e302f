import RoadmapModel

extension DataDirectory {
    /// Three-way merge of one data file, record by record: `base` is the
    /// common ancestor (nil or empty when the file is new on both sides),
    /// `file` its path in the directory. Progress files always merge (see
    /// `HistoryUnion` for a record changed on both sides); schools.json and
    /// measures.json merge element by element by id and refuse an element
    /// changed differently on both sides; roadmap.json is not merged here.
    public static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8],
                             file: String) throws(MergeRefusal) -> MergedFile {
        switch DataFile(relativePath: file) {
        case .progress(let school)?:
            return try ProgressFileMerge(file: file, school: school).merge(base: base, ours: ours, theirs: theirs)
        case .measures?:
            let merged = try PlanFileMerge(file: file, what: "мероприятие", decode: PlanFileMerge<Measure>.measures)
                .merge(base: base, ours: ours, theirs: theirs)
            return MergedFile(bytes: JSONWriter.bytes(DataEncoder.measures(merged)), resolved: [])
        case .schools?:
            let merged = try PlanFileMerge(file: file, what: "школа", decode: PlanFileMerge<School>.schools)
                .merge(base: base, ours: ours, theirs: theirs)
            return MergedFile(bytes: JSONWriter.bytes(DataEncoder.schools(merged)), resolved: [])
        case .roadmap?, nil:
            throw MergeRefusal("\(file): этот файл не объединяется по записям")
        }
    }

    /// The records of a progress file's bytes, nil when they do not decode
    /// cleanly: for describing what changed between two versions.
    public static func progressRecords(_ bytes: [UInt8], file: String) -> [ProgressRecord]? {
        guard case .progress(let school)? = DataFile(relativePath: file) else { return nil }
        guard let records = try? ProgressFileMerge(file: file, school: school).records(bytes) else { return nil }
        return Array(records.values)
    }
}

extension DataFile {
    /// The data file at a path relative to the directory, nil for any other.
    public init?(relativePath path: String) {
        switch path {
        case "roadmap.json": self = .roadmap
        case "schools.json": self = .schools
        case "measures.json": self = .measures
        case "progress/municipal.json": self = .progress(school: nil)
        default:
            let prefix = SchoolFileListing.folder + "/", suffix = ".json"
            guard path.hasPrefix(prefix), path.hasSuffix(suffix) else { return nil }
            let id = String(path.dropFirst(prefix.count).dropLast(suffix.count))
            guard SafeID.isValidSchoolID(id) else { return nil }
            self = .progress(school: id)
        }
    }
}

/// Decodes one version of a file for a merge: any error refuses the merge.
enum MergeInput {
    static func root(_ bytes: [UInt8], file: String, side: String) throws(MergeRefusal) -> (JSONNode, FileLog) {
        let log = FileLog(file: file)
        guard let root = DirectoryLoader.parse(bytes, log: log), !log.hasErrors else {
            throw refusal(log, file: file, side: side)
        }
        return (root, log)
    }

    static func refusal(_ log: FileLog, file: String, side: String) -> MergeRefusal {
        let first = log.diagnostics.first { $0.severity == .error }?.description ?? file
        return MergeRefusal("\(file) (\(side)) содержит ошибки: \(first)")
    }
}
