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
        let plan = loadPlan()
        let municipal = loadProgressFile(nil, context: plan.context)
        let listing = SchoolFileListing.list(reader)
        var diagnostics = plan.diagnostics + municipal.diagnostics + listing.diagnostics
        if case .problem(let problem) = DataDirectory.reportText(reader) {
            diagnostics.append(problem)
        }
        let loaded = Parallel.map(listing.schoolIDs) { [self] id in loadProgressFile(id, context: plan.context) }
        return plan.report(with: [municipal] + loaded, diagnostics: diagnostics + loaded.flatMap(\.diagnostics))
    }

    /// The plan files with every check about them, and the progress files
    /// of `schools` only (nil: the municipal one): what a change to those
    /// files needs, at the cost of those files whatever the region's size.
    /// A school file that is not there yet is simply empty; problems in the
    /// files not read are left to `load()` (`validate`, the dashboard).
    func load(progressOf choose: (RoadmapData) throws -> Set<String?>) rethrows -> LoadReport {
        if let problem = directoryProblem() {
            return LoadReport(data: nil, diagnostics: [Diagnostic(.error, file: rootPath, message: problem)])
        }
        let plan = loadPlan()
        guard let roadmap = plan.roadmap, let schoolList = plan.schools, let measures = plan.measures,
              !plan.diagnostics.contains(where: { $0.severity == .error }) else {
            return plan.report(with: [], diagnostics: plan.diagnostics)
        }
        let schools = try choose(RoadmapData(roadmap: roadmap, schools: schoolList, measures: measures))
        var diagnostics = plan.diagnostics
        if schools.contains(where: { $0 != nil }) { diagnostics += SchoolFileListing.folderProblems(reader) }
        let ordered = schools.sorted { ($0 ?? "") < ($1 ?? "") }
        let loaded = Parallel.map(ordered) { [self] id in
            loadProgressFile(id, context: plan.context, missingIsEmpty: id != nil)
        }
        return plan.report(with: loaded, diagnostics: diagnostics + loaded.flatMap(\.diagnostics))
    }

    /// The three plan files, decoded and checked against each other.
    private func loadPlan() -> LoadedPlan {
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
        let context = ProgressContext(deadlineContext: roadmap?.deadlineContext, schoolIDs: schoolIDs, measures: measures?.map(\.measure))
        return LoadedPlan(roadmap: roadmap?.roadmap, schools: schools?.map(\.school), measures: measures?.map(\.measure),
                          diagnostics: logs.flatMap { sorted($0.diagnostics) }, fingerprints: fingerprints, context: context)
    }

    private struct LoadedPlan {
        var roadmap: Roadmap?
        var schools: [School]?
        var measures: [Measure]?
        var diagnostics: [Diagnostic]
        var fingerprints: [String: Fingerprint]
        var context: ProgressContext

        /// The data when nothing is wrong, with the fingerprint of every file read.
        func report(with files: [LoadedFile], diagnostics: [Diagnostic]) -> LoadReport {
            var fingerprints = self.fingerprints
            for file in files { fingerprints[file.relativePath] = file.fingerprint }
            guard let roadmap, let schools, let measures,
                  !diagnostics.contains(where: { $0.severity == .error }) else {
                return LoadReport(data: nil, diagnostics: diagnostics, snapshot: Snapshot(fingerprints: fingerprints))
            }
            let data = RoadmapData(roadmap: roadmap, schools: schools, measures: measures,
                                   progress: files.flatMap(\.records))
            return LoadReport(data: data, diagnostics: diagnostics,
                              snapshot: Snapshot(fingerprints: fingerprints, base: data))
        }
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

    struct LoadedFile: Sendable {
        var relativePath: String
        var records: [ProgressRecord]
        var diagnostics: [Diagnostic]
        var fingerprint: Fingerprint?
    }

    /// One progress file (`id` nil: the municipal one), decoded and checked
    /// against the plan; problems are kept in the order they appear in it.
    func loadProgressFile(_ id: String?, context: ProgressContext, missingIsEmpty: Bool = false) -> LoadedFile {
        let file = DataFile.progress(school: id)
        let log = FileLog(file: file.relativePath)
        if missingIsEmpty, case .missing = reader.readFingerprinted(file.relativePath, checkLinks: false).outcome {
            return LoadedFile(relativePath: file.relativePath, records: [], diagnostics: [], fingerprint: nil)
        }
        let (root, fingerprint) = parse(file, log)
        guard let root, let decoded = ProgressDecoder.decode(root, school: id, log: log) else {
            return LoadedFile(relativePath: file.relativePath, records: [], diagnostics: sorted(log.diagnostics),
                              fingerprint: fingerprint)
        }
        CrossChecks.checkProgress(decoded, context: context, log: log)
        return LoadedFile(relativePath: file.relativePath, records: decoded.records.map(\.record),
                          diagnostics: sorted(log.diagnostics), fingerprint: fingerprint)
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
