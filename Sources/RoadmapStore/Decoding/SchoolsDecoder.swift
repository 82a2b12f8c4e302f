import RoadmapModel

/// A school as read, with where its id is written (for duplicate messages).
struct DecodedSchool {
    var school: School
    var position: SourcePosition
}

enum SchoolsDecoder {
    static let schoolFields = ["id", "name", "shortName", "locality", "programmes", "curator", "mentor",
                               "partners", "agreements", "growthPoint", "riskFactors", "contact", "notes", "joined", "left",
                               "exampleFields"]

    static func decode(_ root: JSONNode, log: FileLog) -> [DecodedSchool]? {
        guard let top = FormatHeader.open(root, log: log, allowed: ["format", "schools"]) else { return nil }
        guard let items = top.array("schools", required: true) else { return nil }
        return items.enumerated().compactMap { i, node in decodeSchool(node, number: i + 1, log: log) }
    }

    private static func decodeSchool(_ node: JSONNode, number: Int, log: FileLog) -> DecodedSchool? {
        let name = RecordName.string("id", of: node)
        let label = Label(text: name.map { "школа «\(Quote.visible($0))»" } ?? "школа № \(number)")
        guard let fields = Fields(node, label: label, log: log) else { return nil }
        fields.warnUnknown(allowed: schoolFields)
        guard let id = fields.string("id", required: true), let idNode = fields.node("id") else { return nil }
        if !SafeID.isValidSchoolID(id) {
            log.error(label.message(SafeID.schoolProblem(id)), at: idNode.position)
        }
        let school = School(
            id: id,
            name: fields.string("name", required: true, nonEmpty: true) ?? "",
            shortName: fields.string("shortName", required: true, nonEmpty: true) ?? "",
            locality: fields.string("locality"),
            programmes: fields.strings("programmes") ?? [],
            curator: fields.string("curator"),
            mentor: fields.string("mentor"),
            partners: fields.strings("partners") ?? [],
            agreements: readAgreements(fields),
            growthPoint: readGrowthPoint(fields),
            riskFactors: fields.strings("riskFactors") ?? [],
            contact: fields.string("contact"),
            notes: fields.string("notes"),
            joined: fields.day("joined"),
            left: fields.day("left"),
            exampleFields: readExampleFields(fields))
        if let joined = school.joined, let left = school.left, left < joined, let leftNode = fields.node("left") {
            fields.invalid("left", "школа вышла из программы (\(left.iso)) раньше, чем вошла в неё (\(joined.iso))", at: leftNode)
        }
        return DecodedSchool(school: school, position: idNode.position)
    }

    private static func readGrowthPoint(_ fields: Fields) -> GrowthPoint? {
        guard let point = fields.object("growthPoint") else { return nil }
        let inner = point.relabeled(fields.label.appending("«Точка роста»"))
        inner.warnUnknown(allowed: ["opened", "planned"])
        return GrowthPoint(opened: inner.day("opened"), planned: inner.bool("planned") ?? false)
    }

    /// `agreements`: each names at least one partner; a day that does not
    /// exist, or a partner left empty, is an error with its place.
    private static func readAgreements(_ fields: Fields) -> [PartnerAgreement] {
        (fields.array("agreements") ?? []).enumerated().compactMap { i, node in
            let label = fields.label.appending("договор № \(i + 1) в agreements")
            guard let agreement = Fields(node, label: label, log: fields.log) else { return nil }
            agreement.warnUnknown(allowed: ["partners", "title", "date", "number", "notes"])
            let partners = agreement.strings("partners", required: true) ?? []
            if let partnersNode = agreement.node("partners") {
                if partners.isEmpty {
                    agreement.invalid("partners", "не названа ни одна организация-партнёр — укажите хотя бы одну", at: partnersNode)
                } else if partners.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
                    agreement.invalid("partners", "пустое название организации-партнёра", at: partnersNode)
                }
            }
            return PartnerAgreement(partners: partners,
                                    title: agreement.string("title", nonEmpty: true),
                                    date: agreement.day("date"),
                                    number: agreement.string("number", nonEmpty: true),
                                    notes: agreement.string("notes"))
        }
    }

    /// Names of illustrative fields must be real field names, or the mark is lost.
    private static func readExampleFields(_ fields: Fields) -> [String] {
        let names = fields.strings("exampleFields") ?? []
        if let node = fields.node("exampleFields") {
            for name in names where !schoolFields.contains(name) || name == "id" || name == "exampleFields" {
                fields.log.warning(fields.label.message("поле exampleFields: «\(Quote.visible(name))» не поле школы"),
                                   at: node.position)
            }
        }
        return names
    }
}
