import RoadmapModel

/// A progress record as read, with the positions the cross-file checks use.
struct DecodedRecord {
    var record: ProgressRecord
    var position: SourcePosition
    var measurePosition: SourcePosition
    var occurrencePosition: SourcePosition?
    var label: Label
}

struct DecodedProgressFile {
    /// Nil for progress/municipal.json.
    var school: String?
    var records: [DecodedRecord]
}

enum ProgressDecoder {
    static let recordFields = ["measure", "occurrence", "status", "note", "doneOn", "by", "at", "history"]
    static let historyFields = ["at", "by", "status", "note", "doneOn"]

    /// `school` is the id the file name gives (nil for municipal.json).
    static func decode(_ root: JSONNode, school: String?, log: FileLog) -> DecodedProgressFile? {
        guard let top = FormatHeader.open(root, log: log, allowed: ["format", "school", "records"]) else { return nil }
        checkSchoolField(top, school: school)
        guard let items = top.array("records", required: true) else { return nil }
        var records: [DecodedRecord] = []
        records.reserveCapacity(items.count)
        for (i, node) in items.enumerated() {
            if let record = decodeRecord(node, number: i + 1, school: school, log: log) { records.append(record) }
        }
        return DecodedProgressFile(school: school, records: records)
    }

    private static func checkSchoolField(_ top: Fields, school: String?) {
        guard let school else {
            if let node = top.node("school") {
                top.log.error("в progress/municipal.json не должно быть поля school: отметки школ хранятся в progress/schools/",
                              at: node.position)
            }
            return
        }
        guard let written = top.string("school", required: true), let node = top.node("school") else { return }
        if written != school {
            top.invalid("school", "«\(Quote.visible(written))» не совпадает с именем файла «\(school).json»", at: node)
        }
    }

    private static func decodeRecord(_ node: JSONNode, number: Int, school: String?, log: FileLog) -> DecodedRecord? {
        let label = recordLabel(node, number: number)
        guard let fields = Fields(node, label: label, log: log) else { return nil }
        fields.warnUnknown(allowed: recordFields)
        guard let measure = fields.string("measure", required: true), let measureNode = fields.node("measure") else { return nil }
        let occurrence = fields.day("occurrence")
        let history = readHistory(fields)
        checkCurrentFields(fields, against: history.last)
        let key = ProgressKey(measure: measure, school: school, occurrence: occurrence)
        return DecodedRecord(record: ProgressRecord(key: key, history: history), position: node.position,
                             measurePosition: measureNode.position,
                             occurrencePosition: fields.node("occurrence")?.position, label: label)
    }

    private static func recordLabel(_ node: JSONNode, number: Int) -> Label {
        let measure = RecordName.string("measure", of: node)
        return .progressRecord(measure: measure, occurrence: measure == nil ? nil : RecordName.string("occurrence", of: node),
                               number: number)
    }

    // MARK: History

    private static func readHistory(_ fields: Fields) -> [HistoryEntry] {
        guard let items = fields.array("history", required: true) else { return [] }
        if items.isEmpty, let node = fields.node("history") {
            fields.invalid("history", "история пуста: в ней должна быть хотя бы одна отметка", at: node)
            return []
        }
        var entries: [HistoryEntry] = []
        var previous: (Instant, String)? = nil
        for (i, item) in items.enumerated() {
            let label = fields.label.historyEntry(i + 1)
            guard let entry = Fields(item, label: label, log: fields.log) else { continue }
            entry.warnUnknown(allowed: historyFields)
            let at = entry.timestamp("at", required: true)
            let by = entry.string("by", required: true)
            let status = entry.status("status", required: true)
            let note = entry.string("note")
            let doneOn = entry.day("doneOn")
            if let at, let moment = Instant(at), let atNode = entry.node("at") {
                if let (before, text) = previous, moment < before {
                    entry.invalid("at", "время \(at) раньше, чем у предыдущей записи (\(text)): история идёт по порядку времени", at: atNode)
                }
                previous = (moment, at)
            }
            guard let at, let by, let status else { continue }
            entries.append(HistoryEntry(at: at, by: by, status: status, note: note, doneOn: doneOn))
        }
        return entries.count == items.count ? entries : []
    }

    /// `status`, `note`, `doneOn`, `by` and `at` repeat the last history
    /// entry; a hand edit that changes one of them but not the history is
    /// a contradiction the program must not resolve by guessing.
    /// The fields are read (and their types checked) even when the history
    /// is unusable; they are compared only with a history to compare against.
    private static func checkCurrentFields(_ fields: Fields, against last: HistoryEntry?) {
        let status = fields.status("status", required: true)?.rawValue
        let note = fields.string("note")
        let doneOn = fields.day("doneOn")?.iso
        let by = fields.string("by", required: true)
        let at = fields.timestamp("at", required: true)
        guard let last else { return }
        compare(fields, "status", status, last.status.rawValue)
        compare(fields, "note", note, last.note)
        compare(fields, "doneOn", doneOn, last.doneOn?.iso,
                written: fields.node("doneOn").flatMap { if case .string(let s) = $0.value { s } else { nil } })
        compare(fields, "by", by, last.by)
        compare(fields, "at", at, last.at)
    }

    private static func compare(_ fields: Fields, _ key: String, _ value: String?, _ expected: String?,
                                written: String? = nil) {
        let shown = value ?? written
        guard shown != expected else { return }
        // A field that is required but missing (or unreadable) was already reported.
        if ["status", "by", "at"].contains(key), value == nil { return }
        if key == "doneOn", value == nil, written != nil { return }
        func show(_ text: String?) -> String { text.map { "«\(Quote.visible($0))»" } ?? "нет" }
        fields.log.error(fields.label.message("поле \(key) (\(show(shown))) не совпадает с последней записью истории (\(show(expected)))"),
                         at: fields.node(key)?.position ?? fields.position)
    }
}
