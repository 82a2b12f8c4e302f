import Foundation
import RoadmapFiles

/// When a clone last synced with its server: a line in its own `.git`
/// folder (never in the data, never sent). A failed sync leaves the last
/// good time standing, so the header and the region can say since when a
/// copy is stale.
public enum LastSync {
    static let fileName = "roadmap-last-sync"

    public static func read(_ root: URL) -> Date? {
        guard let text = try? String(contentsOf: file(root), encoding: .utf8) else { return nil }
        return ISO8601DateFormatter().date(from: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func write(_ root: URL, _ date: Date = Date()) {
        // A time that cannot be written only makes the copy look older.
        _ = try? AtomicFile.write(Array((ISO8601DateFormatter().string(from: date) + "\n").utf8),
                                  to: file(root).path, durable: false)
    }

    private static func file(_ root: URL) -> URL {
        root.appendingPathComponent(".git").appendingPathComponent(fileName)
    }
}
