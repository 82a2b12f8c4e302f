import Foundation
import RoadmapModel

/// Loads a data directory: every file is read and checked, every problem is
/// reported, and the data is handed out only when there is no error.
struct DirectoryLoader {
    let rootPath: String
    let reader: FileReader

    init(root: URL) {
        rootPath = root.standardizedFileURL.path
        reader = FileReader(rootPath: rootPath)
    }

    func load() -> LoadReport {
        if let problem = directoryProblem() {
            return LoadReport(data: nil, diagnostics: [Diagnostic(.error, file: rootPath, message: problem)])
        }
        var logs: [FileLog] = []
        var fingerprints: [String: Fingerprint] = [:]
        func parsed(_ file: DataFile, _ log: FileLog) -> JSONNode? {
            let (node, fingerprint) = self.parse(file, log)
            fingerprints[file.relativePath] = fingerprint
            return node
        }
        func log(_ file: DataFile) -> FileLog {
            let log = FileLog(file: file.relativePath)
            logs.append(log)
            return log
        }
        let roadmapLog = log(.roadmap), schoolsLog = log(.schools), measuresLog = log(.measures)
        let roadmap = parsed(.roadmap, roadmapLog).flatMap { RoadmapDecoder.decode($0, log: roadmapLog) }
        let schools = parsed(.schools, schoolsLog).flatMap { SchoolsDecoder.decode($0, log: schoolsLog) }
        let measures = parsed(.measures, measuresLog).flatMap { MeasuresDecoder.decode($0, log: measuresLog) }

        if let schools { CrossChecks.checkSchools(schools, log: schoolsLog) }
        let schoolIDs = schools.map { Set($0.map(\.school.id)) }
        if let measures {
            CrossChecks.checkMeasures(measures, roadmap: roadmap, schoolIDs: schoolIDs, log: measuresLog)
        }
        let context = progressContext(roadmap: roadmap, schools: schoolIDs, measures: measures)

        let municipalLog = log(.progress(school: nil))
        var records: [ProgressRecord] = []
        if let file = parsed(.progress(school: nil), municipalLog)
            .flatMap({ ProgressDecoder.decode($0, school: nil, log: municipalLog) }) {
            CrossChecks.checkProgress(file, context: context, log: municipalLog)
            records += file.records.map(\.record)
        }
        let listing = SchoolFileListing.list(reader)
        var diagnostics = logs.flatMap { sorted($0.diagnostics) } + listing.diagnostics
        if case .problem(let problem) = DataDirectory.reportText(reader) {
            diagnostics.append(problem)
        }
        let loaded = Parallel.map(listing.schoolIDs) { [self] id in loadSchoolFile(id, context: context) }
        for file in loaded {
            records += file.records
            diagnostics += sorted(file.diagnostics)
            fingerprints[file.relativePath] = file.fingerprint
        }

        guard let roadmap, let schools, let measures,
              !diagnostics.contains(where: { $0.severity == .error }) else {
            return LoadReport(data: nil, diagnostics: diagnostics, snapshot: Snapshot(fingerprints: fingerprints))
        }
        let data = RoadmapData(roadmap: roadmap.roadmap, schools: schools.map(\.school),
                               measures: measures.map(\.measure), progress: records)
        return LoadReport(data: data, diagnostics: diagnostics,
                          snapshot: Snapshot(fingerprints: fingerprints, base: data))
    }

    /// roadmap.json alone, checked as the full load checks it; nil on any
    /// error (the full load then reports it with its place).
    func loadRoadmapAlone() -> Roadmap? {
        guard directoryProblem() == nil else { return nil }
        let log = FileLog(file: DataFile.roadmap.relativePath)
        let decoded = parse(.roadmap, log).0.flatMap { RoadmapDecoder.decode($0, log: log) }
        guard !log.hasErrors else { return nil }
        return decoded?.roadmap
    }

    // MARK: Steps

    private func directoryProblem() -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory) else {
            return "каталог данных не найден"
        }
        return isDirectory.boolValue ? nil : "это файл, а не каталог данных"
    }

    /// Reads and parses one file; every failure goes to its log.
    private func parse(_ file: DataFile, _ log: FileLog) -> (JSONNode?, Fingerprint?) {
        let (outcome, fingerprint) = reader.readFingerprinted(file.relativePath)
        switch outcome {
        case .missing:
            log.error("файл не найден", at: nil)
            return (nil, nil)
        case .problem(let text):
            log.error(text, at: nil)
            return (nil, nil)
        case .bytes(let bytes):
            return (DirectoryLoader.parse(bytes, log: log), fingerprint)
        }
    }

    /// Parses bytes already read; syntax errors go to the log.
    static func parse(_ bytes: [UInt8], log: FileLog) -> JSONNode? {
        let result = JSONParser.parse(bytes)
        for error in result.errors {
            log.error(error.kind == .invalidUTF8 ? error.message : "неверный JSON: \(error.message)", at: error.position)
        }
        return result.root
    }

    private func progressContext(roadmap: DecodedRoadmap?, schools: Set<String>?,
                                 measures: [DecodedMeasure]?) -> ProgressContext {
        var byID: [String: Measure] = [:]
        var deadlines: [String: Deadline] = [:]
        for entry in measures ?? [] where byID[entry.measure.id] == nil {
            byID[entry.measure.id] = entry.measure
            if let context = roadmap?.deadlineContext {
                deadlines[entry.measure.id] = DeadlineParser.parse(entry.measure.deadline, in: context)
            }
        }
        return ProgressContext(measures: byID, deadlines: deadlines, schoolIDs: schools ?? [],
                               knowsSchools: schools != nil, knowsMeasures: measures != nil)
    }

    private struct LoadedFile: Sendable {
        var relativePath: String
        var records: [ProgressRecord]
        var diagnostics: [Diagnostic]
        var fingerprint: Fingerprint?
    }

    private func loadSchoolFile(_ id: String, context: ProgressContext) -> LoadedFile {
        let file = DataFile.progress(school: id)
        let log = FileLog(file: file.relativePath)
        let (root, fingerprint) = parse(file, log)
        guard let root, let decoded = ProgressDecoder.decode(root, school: id, log: log) else {
            return LoadedFile(relativePath: file.relativePath, records: [], diagnostics: log.diagnostics,
                              fingerprint: fingerprint)
        }
        CrossChecks.checkProgress(decoded, context: context, log: log)
        return LoadedFile(relativePath: file.relativePath, records: decoded.records.map(\.record),
                          diagnostics: log.diagnostics, fingerprint: fingerprint)
    }

    /// Within a file, problems in the order they appear in it.
    private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let y = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return x < y
        }.map(\.element)
    }
}
