import Foundation
import RoadmapDocuments
import RoadmapModel
import RoadmapStore

/// The region's «сводная информация»: one line per municipality with the
/// totals of its own справка, the region's total, and what could not be
/// counted. One value, printed as Markdown, DOCX, CSV or JSON.
public struct RegionReport: Sendable {
    public var asOf: Day
    public var lines: [MunicipalitySummary]

    public init(asOf: Day, lines: [MunicipalitySummary]) {
        self.asOf = asOf
        self.lines = lines
    }

    public static let heading = "Сводная информация о реализации дорожных карт по работе со школами с низкими образовательными результатами"

    public static let columns = ["№ п/п", "Муниципалитет", "Школ в программе", "Из них «500+»", "«Точка роста»",
                                 "Мероприятий", "Выполнено в срок", "Просрочено", "Данные получены"]

    var counted: [MunicipalitySummary] { lines.filter { $0.gap == nil } }

    func cells(_ line: MunicipalitySummary, number: String) -> [String] {
        let counted = line.gap == nil
        return [number, line.municipality.name,
                counted ? String(line.schools) : "—", counted ? String(line.federal500) : "—",
                counted ? String(line.growthPoints) : "—", counted ? String(line.measures) : "—",
                counted ? line.onTimeText : "—", counted ? String(line.overdue) : "—",
                SyncTimeText.text(line.lastSync)]
    }

    public var blocks: [DocumentBlock] {
        var rows = lines.enumerated().map { DocumentTable.Row(.body, cells($0.element, number: "\($0.offset + 1)")) }
        // No cell left empty: the Markdown writer would bold nothing into «****».
        var total = cells(MunicipalitySummary.total(counted), number: "—")
        total[8] = "—"
        rows.append(DocumentTable.Row(.total, total))
        let weights = [3, 14, 6, 6, 6, 6, 8, 6, 9]
        let table = DocumentTable(columns: zip(Self.columns, weights).enumerated().map { i, pair in
            DocumentTable.Column(pair.0, weight: pair.1, numeric: (2...7).contains(i))
        }, rows: rows)
        var blocks: [DocumentBlock] = [
            .heading(Self.heading),
            .paragraph("по состоянию на \(asOf.russian)", centered: true),
            .paragraph("Муниципалитетов: \(lines.count), учтено: \(counted.count).", centered: false),
            .table(table),
        ]
        let gaps = lines.filter { $0.gap != nil }
        if !gaps.isEmpty {
            blocks.append(.subheading("Не учтены"))
            blocks += gaps.map { .paragraph("\($0.municipality.name): \($0.gap ?? "")") }
        }
        return blocks
    }

    public var markdown: String { BlockDocument.markdown(blocks) }

    public func docx(created: Date = Date()) throws(DocxReport.Failure) -> Data {
        try BlockDocument.docx(blocks, title: Self.heading, created: created)
    }

    public var csv: String {
        CSVText.document(header: Self.columns + ["Причина"],
                         rows: lines.enumerated().map { cells($0.element, number: "\($0.offset + 1)") + [$0.element.gap ?? ""] })
    }

    public var json: String {
        JSONWriter.string(.object([
            "asOf": .string(asOf.iso),
            "municipalities": .array(lines.map { line in
                .object([
                    "municipality": .string(line.municipality.name),
                    "schools": line.gap == nil ? .integer(line.schools) : .null,
                    "federal500": line.gap == nil ? .integer(line.federal500) : .null,
                    "growthPoints": line.gap == nil ? .integer(line.growthPoints) : .null,
                    "measures": line.gap == nil ? .integer(line.measures) : .null,
                    "doneOnTime": line.gap == nil ? .integer(line.doneOnTime) : .null,
                    "due": line.gap == nil ? .integer(line.due) : .null,
                    "overdue": line.gap == nil ? .integer(line.overdue) : .null,
                    "lastSync": line.lastSync.map { .string(SyncTimeText.iso($0)) } ?? .null,
                    "gap": line.gap.map { .string($0) } ?? .null,
                ])
            }),
        ]), escaping: .display)
    }
}
