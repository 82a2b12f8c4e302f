import Foundation

/// Runs Python's `jsonschema` (Draft 2020-12) over JSON files. Swift has no
/// full JSON Schema validator, and a check by another implementation than
/// ours is worth more; CI installs `python3-jsonschema`.
enum SchemaValidator {
    struct Outcome {
        /// 0: valid; 1: invalid; anything else: the check itself could not run.
        var exitCode: Int32
        var output: String
        var isValid: Bool { exitCode == 0 }
        var isRejection: Bool { exitCode == 1 }
    }

    /// Exit 3 means the module is missing, so the caller can say so plainly.
    static let script = """
        import json, sys
        try:
            from jsonschema import Draft202012Validator
        except ImportError:
            print("the Python module jsonschema is missing: apt-get install python3-jsonschema (or pip install jsonschema)")
            sys.exit(3)
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        errors = 0
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
                errors += 1
                print(path + ": /" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message)
        sys.exit(1 if errors else 0)
        """

    static func schema(_ name: String) -> URL {
        TestPaths.schemas.appendingPathComponent("\(name).schema.json")
    }

    /// The schema a data file follows, from its path in the data directory.
    static func schemaName(forSample path: String) -> String? {
        if path.contains("/progress/") { return "progress" }
        switch path.split(separator: "/").last {
        case "roadmap.json": return "roadmap"
        case "schools.json": return "schools"
        case "measures.json": return "measures"
        default: return nil
        }
    }

    static func validate(_ files: [URL], against schemaName: String) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema(schemaName).path] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting: a full pipe would block the child forever.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 { output = "python3 is not installed (needed to check the JSON Schemas)\n" + output }
        return Outcome(exitCode: process.terminationStatus, output: output)
    }

    /// Writes `object` to a fresh temporary file and validates it.
    static func validate(_ object: Any, against schemaName: String) throws -> Outcome {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-schema-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try validate([file], against: schemaName)
    }
}
