import Foundation
import RoadmapModel

/// Reads a roadmap from its official table: a DOCX, a TSV/CSV, or the plain
/// text of a converted document. Nothing is written here: the caller gets
/// the data and the summary, and writes through the store.
public enum RoadmapImporter {
    /// Reads the file at `url`; `name` is how errors name it (the path the
    /// user typed).
    public static func read(_ url: URL, named name: String? = nil,
                            options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportReport {
        let file = name ?? url.lastPathComponent
        if let reason = FileFailure.reason(url.path) { throw ImportError(file: file, "файл не прочитан: \(reason)") }
        try InputLimits.check(size: FileFailure.size(url.path) ?? 0, file: file)
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: file, "файл не прочитан: \(FileFailure.reason(of: error))")
        }
        return try read(bytes, file: file, options: options, ext: url.pathExtension.lowercased())
    }

    /// Reads bytes already in memory; `ext` picks the reader (`docx`, `odt`,
    /// `xlsx`, `csv`, `tsv`, anything else is converted text). A zip is read as
    /// DOCX whatever its name.
    public static func read(_ bytes: Data, file: String, options: ImportOptions = ImportOptions(),
                            ext: String) throws(ImportError) -> ImportReport {
        guard !bytes.isEmpty else { throw ImportError(file: file, "файл пуст") }
        try InputLimits.check(size: bytes.count, file: file)
        let document: SourceDocument
        if ext == "xlsx" || ext == "xlsm" {
            return try WorkbookImport(sheets: XlsxReader.read(bytes, file: file), file: file, options: options).run()
        } else if ext == "odt" {
            document = try OdtReader.read(bytes, file: file)
        } else if ext == "docx" || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            document = try DocxReader.read(bytes, file: file)
        } else if ext == "csv" || ext == "tsv" {
            try InputLimits.check(lines: bytes, file: file)
            let text = try TextDecoding.string(bytes, file: file)
            document = DelimitedReader.read(text, file: file, separator: ext == "tsv" ? "\t" : nil)
        } else {
            try InputLimits.check(lines: bytes, file: file)
            document = PlainTextReader.read(try TextDecoding.string(bytes, file: file), file: file)
        }
        return try DocumentImport(document: document, options: options).run()
    }
}

/// One import, step by step: the table, the facts around it, the measures.
struct DocumentImport {
    let document: SourceDocument
    let options: ImportOptions

    func run() throws(ImportError) -> ImportReport {
        let table = try TableReader(document: document).read()
        let prose = document.rows.indices.filter { !table.proseIndices.contains($0) }.map { document.rows[$0] }
            .filter { $0.line < table.header.line || !$0.isTable || !document.numbersRowsAsLines }
        var remarks: [String] = []
        let found = TitleFinder.title(in: prose)
        let period = try period(found, remarks: &remarks)
        let columns = ColumnAssignment(header: table.header, items: table.items)
        let built = try MeasureBuilder(document: document, table: table, columns: columns,
                                       context: DeadlineContext(period: period), schools: options.schools).build()
        var suspicions = built.suspicions
        if let mended = found?.mended, options.title == nil {
            suspicions.insert(ImportNotice(place: document.place(found!.line), line: found!.line,
                message: "в заголовке «\(mended)» прочитано как «год»"), at: 0)
        }
        let title = options.title ?? found?.title ?? "Дорожная карта на \(period)"
        if options.title == nil && found == nil { remarks.append("Заголовок дорожной карты в документе не найден: записано «\(title)» (задайте --title).") }
        let place = options.municipality == nil ? MunicipalityFinder.find(in: [title] + prose.map(\.text)) : nil
        let municipality = options.municipality ?? place?.name ?? ""
        if municipality.isEmpty { remarks.append("Муниципалитет в документе не найден (задайте --municipality).") }
        if let printed = place?.guessedFrom {
            let pair = place!.alternatives.map { "«\($0)»" }.joined(separator: " и ")
            remarks.append("Муниципалитет «\(municipality)» восстановлен из «\(printed)»: по написанию не различить \(pair) — проверьте (или задайте --municipality).")
        }
        if table.skippedHeaders + table.skippedPageNumbers > 0 {
            remarks.append("Пропущено внутри таблицы: повторов заголовка — \(table.skippedHeaders), номеров страниц — \(table.skippedPageNumbers).")
        }
        let stray = table.strayRows.map {
            ImportNotice(place: document.place($0.line), line: $0.line,
                         message: "строка не похожа ни на мероприятие, ни на раздел; присоединена к предыдущей: «\($0.text)»")
        }
        let unread = table.unreadRows.map {
            ImportNotice(place: document.place($0.line), line: $0.line,
                         message: "строка без столбцов среди строк таблицы — не раздел и не мероприятие; не прочитана: «\($0.text)»")
        }
        if let signature = table.signature {
            remarks.append("Таблица кончается перед строкой \(signature.line) — это подпись, не мероприятие: «\(signature.text)».")
        }
        var notes = ["Импортировано из файла «\(document.file)»."] + built.sectionNotes
        if let explanation = columns.explanation { notes.append(explanation.prefix(1).uppercased() + explanation.dropFirst() + ".") }
        let roadmap = Roadmap(title: title, municipality: municipality, order: OrderFinder.order(in: prose),
                              period: period, sections: built.sections, glossary: GlossaryFinder.glossary(in: document.rows),
                              notes: notes.joined(separator: "\n"))
        return ImportReport(
            data: RoadmapData(roadmap: roadmap, schools: options.schools, measures: built.measures),
            file: document.file, tableLine: table.header.line,
            columns: columnNames(table.header, columns), columnExplanation: columns.explanation,
            deadlines: built.deadlines, unrecognized: built.unrecognized, suspicions: suspicions + stray + unread,
            remarks: remarks)
    }

    private func period(_ title: TitleFinder.Found?, remarks: inout [String]) throws(ImportError) -> Period {
        if let period = options.period { return period }
        let texts = (title.map { [$0.title] } ?? []) + document.rows.map(\.text)
        for text in texts {
            if let period = PeriodFinder.period(in: OrderFinder.normalised(text)) {
                remarks.append("Период \(period) взят из документа («на \(period)…»); другой задаётся --period.")
                return period
            }
        }
        throw ImportError(file: document.file,
                          "период дорожной карты не найден (нет слов «на 2022 год» или «на 2020-2021 учебный год»): укажите --period 2022 или --period 2020-2021")
    }

    private func columnNames(_ header: TableHeader, _ columns: ColumnAssignment) -> [String] {
        let words: [ColumnRole: String] = [.number: "№", .title: "мероприятие", .deadline: "срок",
                                           .responsible: "ответственные", .result: "результат"]
        return columns.columns.sorted { $0.value < $1.value }.map { role, index in
            "\(words[role]!) — «\(header.names[index])»"
        }
    }
}
