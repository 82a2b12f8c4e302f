import RoadmapModel

/// The summary an import prints: measures per section, deadlines read and
/// not recognised (with their rows), suspected recognition errors.
enum ImportSummary {
    static func text(_ report: ImportReport) -> String {
        let data = report.data
        let roadmap = data.roadmap
        var lines: [String] = []
        lines.append("Прочитан файл \(report.file): таблица мероприятий со строки \(report.tableLine), "
            + "мероприятий — \(data.measures.count), разделов — \(roadmap.sections.count).")
        var about = "«\(roadmap.title)»"
        var details: [String] = []
        if !roadmap.municipality.isEmpty { details.append(roadmap.municipality) }
        details.append("период \(roadmap.period)")
        if let order = roadmap.order {
            details.append("приказ № \(order.number)" + (order.date.map { " от \($0.russian)" } ?? ""))
        }
        about += " (" + details.joined(separator: ", ") + ")"
        lines.append("Дорожная карта: \(about).")
        lines.append("Столбцы: " + report.columns.joined(separator: "; ") + ".")
        if let explanation = report.columnExplanation { lines.append("  \(explanation).") }
        lines.append("Мероприятий по разделам:")
        for section in roadmap.sections {
            let count = data.measures.filter { $0.section == section.number }.count
            lines.append("  \(section.number). \(section.title) — \(count)")
        }
        lines.append("Сроки прочитаны: \(report.recognizedCount) из \(report.deadlines.count).")
        lines += list("Сроки не распознаны", report.unrecognized)
        lines += list("Подозрения на ошибки распознавания (записано как напечатано)", report.suspicions)
        if !roadmap.glossary.isEmpty { lines.append("Сокращений в перечне: \(roadmap.glossary.count).") }
        lines += report.remarks
        return lines.joined(separator: "\n")
    }

    private static func list(_ heading: String, _ notices: [ImportNotice]) -> [String] {
        guard !notices.isEmpty else { return ["\(heading): нет."] }
        return ["\(heading) — \(notices.count):"] + notices.map { "  \($0)" }
    }
}
