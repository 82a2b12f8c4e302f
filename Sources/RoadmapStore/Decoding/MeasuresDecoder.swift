import RoadmapModel

/// A measure as read, with the positions the cross-file checks point at.
struct DecodedMeasure {
    var measure: Measure
    var position: SourcePosition
    var sectionPosition: SourcePosition?
    var deadlinePosition: SourcePosition?
    /// Each school id of a listed scope, where it is written.
    var scopeSchools: [(id: String, position: SourcePosition)]
}

enum MeasuresDecoder {
    static let measureFields = ["id", "number", "section", "title", "deadline", "responsible", "result",
                                "scope", "notes"]

    static func decode(_ root: JSONNode, log: FileLog) -> [DecodedMeasure]? {
        guard let top = FormatHeader.open(root, log: log, allowed: ["format", "measures"]) else { return nil }
        guard let items = top.array("measures", required: true) else { return nil }
        return items.enumerated().compactMap { i, node in decodeMeasure(node, number: i + 1, log: log) }
    }

    private static func decodeMeasure(_ node: JSONNode, number: Int, log: FileLog) -> DecodedMeasure? {
        let name = RecordName.string("id", of: node) ?? RecordName.string("number", of: node)
        let label = Label(text: name.map { "мероприятие «\(Quote.visible($0))»" } ?? "мероприятие № \(number)")
        guard let fields = Fields(node, label: label, log: log) else { return nil }
        fields.warnUnknown(allowed: measureFields)
        guard let id = fields.string("id", required: true), let idNode = fields.node("id") else { return nil }
        if !SafeID.isValidMeasureID(id) {
            fields.invalid("id", "«\(Quote.visible(id))» не годится: \(SafeID.measureRule)", at: idNode)
        }
        let printed = fields.string("number", required: true, nonEmpty: true) ?? ""
        if !printed.isEmpty, !id.isEmpty, trimmingDot(printed) != id, let numberNode = fields.node("number") {
            fields.log.warning(label.message("id «\(Quote.visible(id))» не совпадает с номером «\(Quote.visible(printed))» без конечной точки"),
                               at: numberNode.position)
        }
        var scopeSchools: [(String, SourcePosition)] = []
        let measure = Measure(
            id: id,
            number: printed,
            section: fields.string("section", required: true) ?? "",
            title: fields.string("title", required: true, nonEmpty: true) ?? "",
            deadline: fields.string("deadline", required: true) ?? "",
            responsible: fields.strings("responsible", required: true) ?? [],
            result: fields.string("result"),
            scope: readScope(fields, schools: &scopeSchools),
            notes: fields.string("notes"))
        return DecodedMeasure(measure: measure, position: idNode.position,
                              sectionPosition: fields.node("section")?.position,
                              deadlinePosition: fields.node("deadline")?.position,
                              scopeSchools: scopeSchools)
    }

    private static func trimmingDot(_ number: String) -> String {
        number.hasSuffix(".") ? String(number.dropLast()) : number
    }

    private static let scopeProblem = "ожидалось \"municipal\", \"every-school\" или список id школ"

    private static func readScope(_ fields: Fields, schools: inout [(String, SourcePosition)]) -> MeasureScope {
        guard let node = fields.node("scope") else {
            fields.missing("scope")
            return .municipal
        }
        switch node.value {
        case .string("municipal"): return .municipal
        case .string("every-school"): return .everySchool
        case .string(let other):
            fields.invalid("scope", "«\(Quote.visible(other))» — \(scopeProblem)", at: node)
            return .municipal
        case .array(let items):
            for (i, item) in items.enumerated() {
                guard case .string(let id) = item.value else {
                    fields.log.error(fields.label.message("поле scope: элемент \(i + 1) должен быть строкой (id школы)"),
                                     at: item.position)
                    continue
                }
                schools.append((id, item.position))
            }
            if items.isEmpty {
                fields.log.warning(fields.label.message("поле scope: список школ пуст — мероприятие не ведётся ни в одной школе"),
                                   at: node.position)
            }
            return .schools(schools.map(\.0))
        default:
            fields.invalid("scope", scopeProblem, at: node)
            return .municipal
        }
    }
}
