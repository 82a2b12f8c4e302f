import Foundation
import RoadmapFiles

/// When a municipality's copy was last brought up to date: a line in its
/// clone's own `.git` folder (never in the data, never sent anywhere), so a
/// failed sync leaves the last good time standing and says since when the
/// copy is stale.
struct SyncStamp {
    static let fileName = "roadmap-region-synced"
    let folder: URL

    private var file: URL { folder.appendingPathComponent(".git").appendingPathComponent(Self.fileName) }

    func read() -> Date? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return ISO8601DateFormatter().date(from: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func write(_ date: Date) {
        // A stamp that cannot be written only makes the copy look older.
        _ = try? AtomicFile.write(Array((ISO8601DateFormatter().string(from: date) + "\n").utf8), to: file.path, durable: false)
    }
}
