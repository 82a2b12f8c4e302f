import Foundation
import RoadmapSync

/// `roadmap control` and `--read-only` open on what the others have marked:
/// in a directory synced through git they first pull (fetch and merge,
/// as `roadmap sync --pull-only`), never push. Offline is normal, so a
/// failure is one line, and the screen opens on what is here.
enum PullOnOpen {
    static func run(_ root: URL) {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else { return }
        do throws(SyncError) {
            _ = try Synchronizer(root: root, program: ProgramPath.current, pullOnly: true).sync()
        } catch {
            guard error.kind != .usage else { return }
            Console.error("С сервера ничего не получено, показано то, что есть здесь: \(error.message)")
        }
    }
}
