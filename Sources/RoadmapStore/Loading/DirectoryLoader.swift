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
        loadEvery(nil).report
    }

    /// `load()` keeping of each record only the entry `choice` picks, in a
    /// table: each file's records go into it as soon as the file is read and
    /// checked, so the region's records never sit in memory together. The
    /// report's data is the plan alone, with no progress.
    func load(entries choice: EntryTable.Choice) -> (LoadReport, EntryTable) {
        let (report, table) = loadEvery(choice)
        return (report, table ?? EntryTable(layout: EntryTable.Layout(schools: [], measures: []), choice: choice, parts: []))
    }

    /// Every file read and checked; with a `choice`, each progress file's
    /// records turned into a table's entries where the file is read.
    private func loadEvery(_ choice: EntryTable.Choice?) -> (report: LoadReport, table: EntryTable?) {
        if let problem = directoryProblem() {
            return (LoadReport(data: nil, diagnostics: [Diagnostic(.error, file: rootPath, message: problem)]), nil)
        }
        let plan = loadPlan()
        let tabling = choice.map { choice in
            (EntryTable.Layout(schools: plan.schools?.map(\.id) ?? [], measures: plan.measures?.map(\.id) ?? []), choice)
        }
        var builder = tabling.map { EntryTable.Builder(layout: $0.0, choice: $0.1, spillingNotesTo: NoteFile.make()) }
        let context = plan.context
        @Sendable func read(_ id: String?) -> (LoadedFile, EntryTable.Part?) {
            var file = loadProgressFile(id, context: context)
            guard let (layout, choice) = tabling else { return (file, nil) }
            let part = EntryTable.Part(file.records, layout: layout, choice: choice)
            file.records = []
            return (file, part)
        }
        let listing = SchoolFileListing.list(reader)
        var files: [LoadedFile] = []
        files.reserveCapacity(listing.schoolIDs.count + 1)
        // A batch of files at a time, their parts added to the table in
        // order and let go: only one batch's parts are ever held.
        let ids: [String?] = [nil] + listing.schoolIDs
        for start in stride(from: 0, to: ids.count, by: Self.batch) {
            for (file, part) in Parallel.map(Array(ids[start..<min(start + Self.batch, ids.count)]), read) {
                files.append(file)
                if let part { builder?.add(part) }
            }
        }
        var diagnostics = plan.diagnostics + files[0].diagnostics + listing.diagnostics
        if case .problem(let problem) = DataDirectory.reportText(reader) {
            diagnostics.append(problem)
        }
        let report = plan.report(with: files, diagnostics: diagnostics + files.dropFirst().flatMap(\.diagnostics),
                                 keepsProgress: choice == nil)
        return (report, builder?.table())
    }

    /// Files read side by side before their entries join the table.
    private static let batch = 256

    /// The plan files with every check about them, and the progress files
    /// of `schools` only (nil: the municipal one): what a change to those
    /// files needs, at the cost of those files whatever the region's size.
    /// A school file that is not there yet is simply empty; problems in the
    /// files not read are left to `load()` (`validate`, the dashboard).
    ///
    /// With a `planCache`, the plan comes from it while the plan files are
    /// unchanged (they were then checked without a single problem), and a
    /// plan read without a problem is stored in it.
    func load(progressOf choose: (RoadmapData) throws -> Set<String?>, planCache: PlanCache? = nil) rethrows -> LoadReport {
        if let problem = directoryProblem() {
            return LoadReport(data: nil, diagnostics: [Diagnostic(.error, file: rootPath, message: problem)])
        }
        let plan = planCache.flatMap(cachedPlan) ?? loadPlan(storingIn: planCache)
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

    /// The plan from the cache, its files' fingerprints from their stamps
    /// (a save that finds one of them changed refuses, as after a read).
    private func cachedPlan(_ cache: PlanCache) -> LoadedPlan? {
        guard let (cached, stamps) = cache.cached() else { return nil }
        let fingerprints = Dictionary(stamps.map { ($0.path, Fingerprint(stamp: $0)) }, uniquingKeysWith: { a, _ in a })
        let context = ProgressContext(deadlineContext: cached.roadmap.deadlineContext,
                                      schoolIDs: Set(cached.schools.map(\.id)), measures: cached.measures, onDemand: true)
        return LoadedPlan(roadmap: cached.roadmap, schools: cached.schools, measures: cached.measures,
                          diagnostics: [], fingerprints: fingerprints, context: context, fromCache: true)
    }

    /// `loadPlan()`, stored in `cache` when nothing at all was wrong.
    private func loadPlan(storingIn cache: PlanCache?) -> LoadedPlan {
        guard let cache else { return loadPlan() }
        let before = cache.stampsBeforeReading()
        let plan = loadPlan()
        if plan.diagnostics.isEmpty, let roadmap = plan.roadmap, let schools = plan.schools, let measures = plan.measures {
            cache.store(IndexedPlan(roadmap: roadmap, schools: schools, measures: measures), stamps: before.stamps)
        }
        return plan
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
        /// Taken from the plan cache: the plan as the index keeps it.
        var fromCache = false

        /// The data when nothing is wrong, with the fingerprint of every file read.
        /// Without `keepsProgress` the data is the plan alone (its progress
        /// went into a table) and the snapshot cannot be saved from.
        func report(with files: [LoadedFile], diagnostics: [Diagnostic], keepsProgress: Bool = true) -> LoadReport {
            var fingerprints = self.fingerprints
            for file in files { fingerprints[file.relativePath] = file.fingerprint }
            guard let roadmap, let schools, let measures,
                  !diagnostics.contains(where: { $0.severity == .error }) else {
                return LoadReport(data: nil, diagnostics: diagnostics, snapshot: Snapshot(fingerprints: fingerprints))
            }
            let data = RoadmapData(roadmap: roadmap, schools: schools, measures: measures,
                                   progressBySchool: DirectoryLoader.partitions(files))
            guard keepsProgress else { return LoadReport(data: data, diagnostics: diagnostics) }
            return LoadReport(data: data, diagnostics: diagnostics,
                              snapshot: Snapshot(fingerprints: fingerprints, base: data, planIsIndexed: fromCache))
        }
    }

    /// Each file's records as its partition, every dictionary made at its
    /// final size: a region's records never pass through one list, nor
    /// through dictionaries that double as they grow (and hold both the
    /// old and the new table while they do).
    private static func partitions(_ files: [LoadedFile]) -> [String?: [ProgressKey: ProgressRecord]] {
        var partitions: [String?: [ProgressKey: ProgressRecord]] = [:]
        partitions.reserveCapacity(files.count)
        for file in files {
            for record in file.records {
                partitions[record.key.school, default: Dictionary(minimumCapacity: file.records.count)][record.key] = record
            }
        }
        return partitions
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
