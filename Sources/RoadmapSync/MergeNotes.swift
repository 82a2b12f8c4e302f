import Foundation
import RoadmapModel
import RoadmapStore

/// What the merge driver tells the sync that started the merge: git runs
/// the driver as its own process, so the driver appends one JSON line per
/// note to the file named by `MergeNotes.variable`, and the sync reads them.
public enum MergeNotes {
    public static let variable = "ROADMAP_MERGE_NOTES"

    public struct Note: Codable, Sendable, Hashable {
        public var file: String
        /// A record settled by the rule (nil for a refusal).
        public var record: Resolution?
        /// Why the driver refused the file (nil when it merged).
        public var refusal: String?
    }

    public struct Resolution: Codable, Sendable, Hashable {
        public var measure: String
        public var school: String?
        public var occurrence: String?
        public var kept: Mark
        public var other: Mark?
    }

    public struct Mark: Codable, Sendable, Hashable {
        public var at: String
        public var by: String
        public var status: String
        public var doneOn: String?

        init(_ entry: HistoryEntry) {
            at = entry.at
            by = entry.by
            status = entry.status.rawValue
            doneOn = entry.doneOn?.iso
        }
    }

    /// Appends the driver's notes when a sync asked for them.
    public static func append(file: String, resolved: [ResolvedRecord] = [], refusal: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let path = environment[variable], !path.isEmpty else { return }
        var notes = resolved.map { record in
            Note(file: file, record: Resolution(measure: record.key.measure, school: record.key.school,
                                                occurrence: record.key.occurrence?.iso, kept: Mark(record.kept),
                                                other: record.other.map(Mark.init)), refusal: nil)
        }
        if let refusal { notes.append(Note(file: file, record: nil, refusal: refusal)) }
        guard !notes.isEmpty, let handle = FileHandle(forWritingAtPath: path) ?? create(path) else { return }
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        var bytes = Data()
        for note in notes {
            guard let line = try? encoder.encode(note) else { continue }
            bytes.append(line)
            bytes.append(0x0A)
        }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: bytes)
    }

    private static func create(_ path: String) -> FileHandle? {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }

    static func read(_ path: String) -> [Note] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(Note.self, from: Data($0)) }
    }
}
