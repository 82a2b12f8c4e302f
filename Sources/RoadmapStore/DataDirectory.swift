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

    public init(data: RoadmapData?, diagnostics: [Diagnostic]) {
        self.data = data
        self.diagnostics = diagnostics
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
}

/// A failure to write, with a message for people.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
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

    /// Writes the given files from `data`, each atomically and durably, and
    /// only those whose bytes differ from what is on disk.
    /// Returns the relative paths actually written.
    @discardableResult
    public func save(_ data: RoadmapData, files: Set<DataFile>) throws(StoreError) -> [String] {
        try DirectoryWriter(root: root).save(data, files: files)
    }

    /// Writes a whole new data directory (for `init`); refuses to write into
    /// a non-empty directory.
    public func create(_ data: RoadmapData) throws(StoreError) {
        try DirectoryWriter(root: root).create(data)
    }
}
