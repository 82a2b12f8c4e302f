import Foundation

/// A bundled sample file read with Foundation, the way any JSON reader sees it.
enum SampleFile {
    static func object(_ relativePath: String) throws -> [String: Any] {
        let data = try Data(contentsOf: TestPaths.sample(relativePath))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TestFileError("\(relativePath): top level is not an object")
        }
        return object
    }

    static func list(_ relativePath: String, _ key: String) throws -> [[String: Any]] {
        guard let list = try object(relativePath)[key] as? [[String: Any]] else {
            throw TestFileError("\(relativePath): no list \(key)")
        }
        return list
    }

    static func measures(_ sample: String) throws -> [[String: Any]] {
        try list("\(sample)/measures.json", "measures")
    }

    static func schools(_ sample: String) throws -> [[String: Any]] {
        try list("\(sample)/schools.json", "schools")
    }

    static func roadmap(_ sample: String) throws -> [String: Any] {
        try object("\(sample)/roadmap.json")
    }
}
