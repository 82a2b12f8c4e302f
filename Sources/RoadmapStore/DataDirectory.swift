import Foundation
import RoadmapModel

/// A problem found while loading: `file:line:column: message`, in Russian.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    public var severity: Severity
    /// Path relative to the data directory: `measures.json`, `progress/schools/urozhaynoe.json`.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line = line, line > 0, let column { place += ":\(column)" }
        let prefix = severity == .warning ? "предупреждение: " : ""
        return "\(place): \(prefix)\(message)"
    }
}

/// What loading a directory gave: the data when nothing is wrong, and every
/// problem found (warnings may come with data).
public struct LoadReport: Sendable {
    public var data: RoadmapData?
    public var diagnostics: [Diagnostic]
    /// The files as read: hand it to `save(_:files:since:)` so a change made
    /// by someone else in between is merged, or refused, never overwritten.
    public var snapshot: Snapshot

    public init(data: RoadmapData?, diagnostics: [Diagnostic], snapshot: Snapshot = Snapshot()) {
        self.data = data
        self.diagnostics = diagnostics
        self.snapshot = snapshot
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// One file of the data directory.
public enum DataFile: Hashable, Sendable, CustomStringConvertible {
    case roadmap
    case schools
    case measures
    /// `progress/municipal.json` (nil) or `progress/schools/<id>.json`.
    case progress(school: String?)

    public static func holding(_ key: ProgressKey) -> DataFile { .progress(school: key.school) }

    public var relativePath: String {
        switch self {
        case .roadmap: return "roadmap.json"
        case .schools: return "schools.json"
        case .measures: return "measures.json"
        case .progress(nil): return "progress/municipal.json"
        case .progress(let id?): return "progress/schools/\(id).json"
        }
    }

    public var description: String { relativePath }

    /// roadmap.json, schools.json or measures.json.
    public var isPlan: Bool {
        if case .progress = self { return false }
        return true
    }
}

/// A failure to write, with a message for people.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The system refused (permissions, full disk, a file where a folder belongs …).
        case failed
        /// Another process holds the write lock for too long.
        case busy
        /// Someone else changed what this save would change: nothing was written.
        case changedOnDisk
    }

    public var message: String
    public var reason: Reason
    public init(_ message: String) {
        self.init(message, reason: .failed)
    }

    public init(_ message: String, reason: Reason) {
        self.message = message
        self.reason = reason
    }
    public var description: String { message }
}

/// The data directory on disk: the only code that reads or writes it.
public struct DataDirectory: Sendable {
    public let root: URL

    public init(_ root: URL) {
        self.root = root
    }

    /// Loads every file, reporting every problem at once. `data` is nil when
    /// any error was found.
    public func load() -> LoadReport {
        DirectoryLoader(root: root).load()
    }

    /// `load()` for a document: every file read and checked the same, and
    /// of each record only the entry `choice` picks (as of the document's
    /// day for the справка, the current one for the calendar), kept in a
    /// table as each file is read. The report's data is the plan alone,
    /// without progress; nothing is saved from it.
    public func load(entries choice: EntryTable.Choice) -> (LoadReport, EntryTable) {
        DirectoryLoader(root: root).load(entries: choice)
    }

    /// The plan's own file alone (period, terms), for reading a date typed
    /// in the roadmap's words before the rest is read; nil when it does not
    /// load cleanly.
    public func loadRoadmapAlone() -> Roadmap? {
        DirectoryLoader(root: root).loadRoadmapAlone()
    }

    /// The plan files (roadmap, schools, measures) with every check about
    /// them, and only the progress files of `schools` (nil: the municipal
    /// one): what a change to those files needs, costing those files and not
    /// the region. A school's file that does not exist yet is empty.
    /// Problems in the files not read are not looked for (`load()` finds them).
    /// The snapshot covers the files read, so `save(_:files:since:)` of
    /// those files is as safe as after `load()`.
    public func load(progressOf schools: Set<String?>) -> LoadReport {
        DirectoryLoader(root: root).load(progressOf: { _ in schools })
    }

    /// `load(progressOf:)` where which progress files to read follows from
    /// the plan: `choose` gets the plan (no progress) once it loaded
    /// without errors, and its error, if any, is thrown from here.
    ///
    /// With a `planCache` the plan files are not read while they are
    /// unchanged since they last loaded without a problem: the plan is then
    /// the one the index keeps, enough to change progress files only.
    public func load(progressOf choose: (RoadmapData) throws -> Set<String?>, planCache: PlanCache? = nil) rethrows -> LoadReport {
        try DirectoryLoader(root: root).load(progressOf: choose, planCache: planCache)
    }

    /// Writes the given files from `data`, each atomically and durably, and
    /// only those whose bytes differ from what is on disk.
    /// Returns the relative paths actually written.
    /// Takes the write lock for it (see `WriteLock`), without the check
    /// against a snapshot: for tools that own the directory alone.
    @discardableResult
    public func save(_ data: RoadmapData, files: Set<DataFile>) throws(StoreError) -> [String] {
        let writer = DirectoryWriter(root: root)
        try writer.requireDirectory()
        let lock = try lockForWriting()
        defer { lock.release() }
        writer.settleInterruptedSaves()
        return try writer.save(data, files: files)
    }

    /// Saves the progress files `files` of `data` without losing anyone
    /// else's change: under the write lock (taken here unless `lock` is
    /// given), each file is compared with `snapshot` (from `load()` or the
    /// previous save); records someone else changed meanwhile are merged in,
    /// and a record changed on both sides refuses the save
    /// (`StoreError.Reason.changedOnDisk`) before anything is written.
    /// `snapshot` is updated to what is now on disk.
    public func save(_ data: RoadmapData, files: Set<DataFile>, since snapshot: inout Snapshot,
                     holding lock: WriteLock? = nil) throws(StoreError) -> SaveOutcome {
        let writer = DirectoryWriter(root: root)
        try writer.requireDirectory()
        for file in files { try writer.checkName(file) }
        let held: WriteLock
        if let lock { held = lock } else { held = try lockForWriting() }
        defer { if lock == nil { held.release() } }
        writer.settleInterruptedSaves()
        return try MergingSave(writer: writer).save(data, files: files, snapshot: &snapshot)
    }

    /// The directory's write lock: held by one writing process at a time,
    /// released by `release()`, or by the kernel when the process dies.
    /// Waits up to `wait`, then refuses naming the holder (host, pid, since).
    public func lockForWriting(wait: Duration = WriteLock.defaultWait,
                               who: String = LoginName.current) throws(StoreError) -> WriteLock {
        let writer = DirectoryWriter(root: root)
        try writer.requireDirectory()
        return try WriteLock.acquire(rootPath: writer.rootPath, wait: wait, who: who)
    }

    /// Replaces the roadmap a directory holds with `data` (for `import
    /// --force`), under the write lock and as one change: a dashboard open on
    /// it saves before or after, never in between, and sees the new plan.
    /// Returns the relative paths written or removed.
    @discardableResult
    public func replaceAll(with data: RoadmapData) throws(StoreError) -> [String] {
        let writer = DirectoryWriter(root: root)
        try writer.requireDirectory()
        let lock = try lockForWriting()
        defer { lock.release() }
        writer.settleInterruptedSaves()
        return try writer.replaceAll(with: data)
    }

    /// Writes a whole new data directory (for `init`); refuses to write into
    /// a non-empty directory.
    public func create(_ data: RoadmapData) throws(StoreError) {
        try DirectoryWriter(root: root).create(data)
    }
}
