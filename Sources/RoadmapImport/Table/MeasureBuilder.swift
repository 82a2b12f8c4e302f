import RoadmapModel

/// Turns the table's rows into sections and measures: cells joined, the
/// responsible cell split into entries, deadlines read, and every doubtful
/// place noted on the measure and listed for the summary.
struct MeasureBuilder {
    let document: SourceDocument
    let table: TableReader.Table
    let columns: ColumnAssignment
    let context: DeadlineContext
    let schools: [School]

    struct Result {
        var sections: [Section] = []
        var measures: [Measure] = []
        var deadlines: [(measure: String, deadline: Deadline)] = []
        var unrecognized: [ImportNotice] = []
        var suspicions: [ImportNotice] = []
        /// Remarks for roadmap.json's notes.
        var sectionNotes: [String] = []
    }

    func build() throws(ImportError) -> Result {
        var result = Result()
        let checks = RecognitionChecks(texts: table.items.flatMap { $0.parts.flatMap { $0 } + $0.sectionTitle })
        let splitter = ResponsibleSplitter(column: table.items.map { responsibleText($0) })
        var section: String?
        var seen: [String: Int] = [:]
        for item in table.items {
            switch item.kind {
            case .section:
                section = item.number
                result.sections.append(sectionValue(item, checks: checks, into: &result))
            case .measure:
                if section == nil {
                    section = "0"
                    result.sections.append(Section(number: "0", title: "Без раздела"))
                }
                let measure = try measureValue(item, section: section!, splitter: splitter, checks: checks, into: &result)
                if let first = seen[measure.id] {
                    throw ImportError(file: document.file, line: item.line,
                                      "номер мероприятия «\(measure.number)» повторяется (впервые — \(document.place(first)))")
                }
                seen[measure.id] = item.line
                result.measures.append(measure)
            }
        }
        return result
    }

    // MARK: Sections

    private func sectionValue(_ item: TableItem, checks: RecognitionChecks, into result: inout Result) -> Section {
        let title = CellText.joinAll(item.sectionTitle)
        let place = document.place(item.line)
        if item.sectionSpansColumns {
            let printed = item.sectionTitle.joined(separator: " | ")
            result.suspicions.append(ImportNotice(place: place, line: item.line,
                message: "заголовок раздела \(item.number) разорван по столбцам: «\(printed)»"))
            result.sectionNotes.append("Заголовок раздела \(item.number) в документе разорван по столбцам: «\(printed)»; записан как распознан.")
        }
        for word in checks.mixedScripts(title) {
            result.suspicions.append(ImportNotice(place: place, line: item.line,
                message: "раздел \(item.number): слово «\(word)» смешивает латиницу и кириллицу"))
        }
        return Section(number: item.number, title: title)
    }

    // MARK: Measures

    private func measureValue(_ item: TableItem, section: String, splitter: ResponsibleSplitter,
                              checks: RecognitionChecks, into result: inout Result) throws(ImportError) -> Measure {
        let place = document.place(item.line)
        let id = item.number.hasSuffix(".") ? String(item.number.dropLast()) : item.number
        var notes: [String] = []
        var mended: [String] = []
        func text(_ role: ColumnRole) -> String {
            guard let column = columns.columns[role] else { return "" }
            let mend = CellText.mendHyphenBreaks(CellText.joinAll(item.parts[column]))
            mended += mend.mended
            return mend.text
        }
        let title = text(.title)
        guard !title.isEmpty else {
            throw ImportError(file: document.file, line: item.line, "у мероприятия «\(item.number)» пустое название")
        }
        let (deadlineText, duplicates) = deadlineCell(item)
        for line in duplicates {
            let garbled = line.folded != deadlineText.folded
            notes.append(garbled ? "В распознанном тексте под сроком повторена искажённая строка «\(line)»."
                                 : "Под сроком строка «\(line)» напечатана дважды.")
            result.suspicions.append(ImportNotice(place: place, line: item.line,
                message: "мероприятие \(id): под сроком повторена строка «\(line)» — в срок не включена, записана в примечание"))
        }
        let responsibleCell = responsibleText(item)
        let responsibleMend = CellText.mendHyphenBreaks(responsibleCell)
        mended += responsibleMend.mended
        let responsible = splitter.split(responsibleMend.text)
        let resultText = text(.result)
        if !mended.isEmpty {
            let list = mended.map { "«\($0)»" }.joined(separator: ", ")
            notes.append("В распознанном тексте перенос строки оставил пробел после дефиса: \(list); записано слитно, как напечатано.")
            result.suspicions.append(ImportNotice(place: place, line: item.line,
                message: "мероприятие \(id): пробел после дефиса при переносе (\(list)) — записано слитно"))
        }
        let cells = [title, deadlineText, resultText] + responsible
        for word in Set(cells.flatMap(checks.capitalsWords)).sorted() {
            notes.append("В распознанном тексте слово «\(word)» напечатано прописными; оставлено как есть.")
            result.suspicions.append(ImportNotice(place: place, line: item.line,
                message: "мероприятие \(id): слово «\(word)» напечатано прописными"))
        }
        for word in Set(cells.flatMap(checks.mixedScripts)).sorted() {
            notes.append("В распознанном тексте слово «\(word)» смешивает латиницу и кириллицу; оставлено как есть.")
            result.suspicions.append(ImportNotice(place: place, line: item.line,
                message: "мероприятие \(id): слово «\(word)» смешивает латиницу и кириллицу"))
        }
        let deadline = DeadlineParser.parse(deadlineText, in: context)
        result.deadlines.append((id, deadline))
        if !deadline.isRecognized {
            let shown = deadlineText.isEmpty ? "срок не указан" : "«\(deadlineText)»"
            result.unrecognized.append(ImportNotice(place: place, line: item.line, message: "мероприятие \(id): \(shown)"))
        }
        return Measure(id: id, number: item.number, section: section, title: title, deadline: deadlineText,
                       responsible: responsible, result: resultText.isEmpty ? nil : resultText,
                       scope: ScopeRule.scope(responsible: responsible, schools: schools),
                       notes: notes.isEmpty ? nil : notes.joined(separator: " "))
    }

    /// The responsible cell with its continuation lines joined; paragraph
    /// breaks inside the cell stay, they separate entries.
    private func responsibleText(_ item: TableItem) -> String {
        guard let column = columns.columns[.responsible], item.kind == .measure else { return "" }
        var text = ""
        for part in item.parts[column] { CellText.append(part, to: &text) }
        return text
    }

    /// The deadline cell, without lines that only repeat it: recognition
    /// sometimes prints a line twice, the second time garbled («В течение
    /// года» / «В те тепие года»). A line is such a repeat when it reads,
    /// on its own, as exactly the deadline printed above it. A deadline is
    /// a line or two; past `repeatReach` bytes nothing is compared, so
    /// a cell of thousands of lines is read once, not once per line.
    private func deadlineCell(_ item: TableItem) -> (String, [String]) {
        guard let column = columns.columns[.deadline] else { return ("", []) }
        var kept = ""
        var keptReading: Deadline?
        var repeats: [String] = []
        for line in item.parts[column].flatMap({ $0.split(separator: "\n").map(String.init) }) {
            if !kept.isEmpty, kept.utf8.count <= Self.repeatReach {
                let reading = keptReading ?? DeadlineParser.parse(kept, in: context)
                keptReading = reading
                if Self.sameReading(reading, DeadlineParser.parse(line, in: context)) {
                    repeats.append(line)
                    continue
                }
            }
            CellText.append(line, to: &kept)
            keptReading = nil
        }
        return (kept, repeats)
    }

    private static let repeatReach = 800

    private static func sameReading(_ a: Deadline, _ b: Deadline) -> Bool {
        a.isRecognized && b.isRecognized && a.kind == b.kind && a.recurrence == b.recurrence
            && a.windows == b.windows && a.qualifier == b.qualifier
    }
}

private extension String {
    var folded: String { SearchText.fold(self) }
}
