import Foundation
import RoadmapApp
import RoadmapStore
import RoadmapSync
import RoadmapTerminal

/// The dashboard's sync for a data directory kept in git with a server:
/// `roadmap sync` (pull only in `control` and `--read-only`), told as one
/// status line; nil for a directory not connected.
enum DashboardGitSync {
    static func make(_ root: URL, pullOnly: Bool, everyMinutes: Int?) -> DashboardSync? {
        // The count itself is taken off the loop, once the screen is up.
        guard SyncOverview.isConnected(root) else { return nil }
        let program = ProgramPath.current
        return DashboardSync(
            status: { status(root) },
            run: { run(root, program: program, pullOnly: pullOnly) },
            every: everyMinutes.map { .seconds($0 * 60) })
    }

    static func status(_ root: URL) -> SyncStatus? {
        SyncOverview.of(root).map { SyncStatus(unsent: $0.unsent, lastSynced: $0.lastSync.map(shortTime)) }
    }

    static func run(_ root: URL, program: String, pullOnly: Bool) -> SyncResult {
        do throws(SyncError) {
            let report = try Synchronizer(root: root, program: program, pullOnly: pullOnly).sync()
            return SyncResult(line: line(report, root: root, pullOnly: pullOnly), received: report.merge != .none, status: status(root))
        } catch {
            return SyncResult(line: "синхронизация не выполнена: \(error.message)", isError: true, status: status(root))
        }
    }

    /// «синхронизировано: отправлено 2, получено 3», and the first record
    /// two machines marked differently, named as `sync` names it.
    static func line(_ report: SyncReport, root: URL, pullOnly: Bool) -> String {
        var parts: [String] = []
        if !pullOnly, !report.sent.isEmpty { parts.append("отправлено \(report.sent.count)") }
        if !report.received.isEmpty { parts.append("получено \(report.received.count)") }
        var text = (pullOnly ? "получено с сервера" : "синхронизировано") + ": "
            + (parts.isEmpty ? "нового нет" : parts.joined(separator: ", "))
        let data = report.resolved.isEmpty ? nil : DataDirectory(root).load().data
        if let first = report.resolved.lazy.compactMap({ $0.line(data: data) }).first { text += "; " + first }
        return text
    }

    /// «12.05 10:41», local time.
    static func shortTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ru_RU_POSIX")
        formatter.dateFormat = "dd.MM HH:mm"
        return formatter.string(from: date)
    }
}
