import RoadmapModel

/// A bundled sample written back as the table of a document: a title line,
/// the header, section rows and one row per measure, the responsible
/// entries one per line inside their cell (as Word and Excel keep them).
enum SampleTable {
    static let header = ["№ п/п", "Наименование мероприятия", "Сроки исполнения", "Ответственные исполнители",
                         "Ожидаемый результат"]

    static func rows(_ data: RoadmapData) -> [[String]] {
        var rows: [[String]] = [[data.roadmap.title]]
        rows.append(header)
        for section in data.roadmap.sections {
            rows.append(["\(section.number). \(section.title)", "", "", "", ""])
            for measure in data.measures where measure.section == section.number {
                rows.append([measure.number, measure.title, measure.deadline,
                             measure.responsible.joined(separator: "\n"), measure.result ?? ""])
            }
        }
        return rows
    }

    /// CSV as Excel writes it: BOM, `;`, fields quoted when they hold `;`,
    /// a quote or a line break, quotes doubled.
    static func csv(_ data: RoadmapData, separator: String = ";") -> String {
        "\u{FEFF}" + rows(data).map { row in
            row.map { field in
                field.contains(separator) || field.contains("\"") || field.contains("\n")
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: separator)
        }.joined(separator: "\r\n") + "\r\n"
    }
}
