import Foundation
import RoadmapModel
import RoadmapSync

/// What `roadmap sync` prints: Russian lines, or JSON for scripts.
enum SyncOutput {
    static func text(_ report: SyncReport, data: RoadmapData?) -> String {
        var lines: [String] = []
        if !report.staleLocks.isEmpty {
            lines.append("Убраны блокировки git, оставленные прерванной синхронизацией: \(report.staleLocks.count).")
        }
        section("Записано в историю", report.committed, into: &lines)
        section("Получено", report.received, into: &lines)
        for note in report.resolved { if let line = note.line(data: data) { lines.append(Console.visible(line)) } }
        section("Отправлено", report.sent, into: &lines)
        if report.committed.isEmpty, report.received.isEmpty, report.sent.isEmpty, report.resolved.isEmpty {
            lines.append(report.merge == .none ? "Без изменений: каталог данных совпадает с сервером." : "Каталог данных обновлён с сервера.")
        } else {
            lines.append(report.pushed || report.sent.isEmpty ? "Готово: каталог данных совпадает с сервером." : "Готово.")
        }
        return lines.joined(separator: "\n")
    }

    private static func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append("\(title): \(items.count)")
        lines += items.map { "  " + Console.visible($0) }
    }

    private struct Document: Encodable {
        var committed: [String]
        var sent: [String]
        var received: [String]
        var merge: SyncReport.Merge
        var resolved: [Resolved]
        var pushed: Bool
        var attempts: Int
    }

    private struct Resolved: Encodable {
        var file: String
        var measure: String
        var school: String?
        var occurrence: String?
        var kept: MergeNotes.Mark
        var other: MergeNotes.Mark?
        var text: String
    }

    static func json(_ report: SyncReport, data: RoadmapData?) -> String {
        let resolved = report.resolved.compactMap { note -> Resolved? in
            guard let record = note.record else { return nil }
            return Resolved(file: note.file, measure: record.measure, school: record.school, occurrence: record.occurrence,
                            kept: record.kept, other: record.other, text: note.line(data: data) ?? "")
        }
        let document = Document(committed: report.committed, sent: report.sent, received: report.received,
                                merge: report.merge, resolved: resolved, pushed: report.pushed, attempts: report.attempts)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
