import RoadmapStore
/// The key order the data format fixes for every kind of object, taken from
/// the README's «Data directory, format version 1».
enum FormatKeyOrder {
    static let roadmap = ["format", "title", "municipality", "order", "period", "sections", "glossary",
                          "terms", "riskFactors", "notes", "report"]
    static let schoolsFile = ["format", "schools"]
    static let measuresFile = ["format", "measures"]
    static let progressFile = ["format", "school", "records"]

    /// Objects nested under a key, whatever file they are in.
    static let nested: [String: [String]] = [
        "order": ["number", "date", "issuer"],
        "report": ["appendix", "signerPosition", "signerName", "executor", "executorPhone"],
        "sections": ["number", "title"],
        "glossary": ["term", "meaning"],
        "terms": ["name", "end"],
        "schools": ["id", "name", "shortName", "locality", "programmes", "curator", "mentor", "partners",
                    "agreements", "growthPoint", "riskFactors", "contact", "notes", "joined", "left", "exampleFields"],
        "agreements": ["partners", "title", "date", "number", "notes"],
        "growthPoint": ["opened", "planned"],
        "measures": ["id", "number", "section", "title", "deadline", "responsible", "result", "scope", "notes"],
        "records": ["measure", "occurrence", "status", "note", "doneOn", "by", "at", "history"],
        "history": ["at", "by", "status", "note", "doneOn"],
    ]

    /// The order of a file's top-level object, from its path in the data directory.
    static func root(ofFile path: String) -> [String]? {
        if path.hasPrefix("progress/") || path.contains("/progress/") { return progressFile }
        switch path.split(separator: "/").last {
        case "roadmap.json": return roadmap
        case "schools.json": return schoolsFile
        case "measures.json": return measuresFile
        default: return nil
        }
    }

    /// Every place where an object's keys are unknown or out of order, as
    /// `path: message`.
    static func violations(in value: JSON, expected: [String], path: String = "") -> [String] {
        var found: [String] = []
        switch value {
        case .object(let members):
            var last = -1
            for member in members {
                let here = path + "/" + member.key
                guard let index = expected.firstIndex(of: member.key) else {
                    found.append("\(here): key not in the format")
                    continue
                }
                if index < last { found.append("\(here): key out of order") }
                last = max(last, index)
                if let order = nested[member.key] {
                    found += violations(in: member.value, expected: order, path: here)
                }
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                found += violations(in: item, expected: expected, path: path + "/\(i)")
            }
        default:
            break
        }
        return found
    }
}
