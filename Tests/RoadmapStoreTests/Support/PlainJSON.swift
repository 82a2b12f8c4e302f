import RoadmapStore

/// Parses with the store's own parser: a sample is canonical when the
/// store's writer gives back its exact bytes.
enum PlainJSON {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ bytes: [UInt8]) throws -> JSON {
        let result = JSONParser.parse(bytes)
        guard let root = result.root, result.errors.isEmpty else {
            throw Failure(description: "not valid JSON: \(result.errors)")
        }
        return root.plain
    }
}
