import Foundation

/// Where the tests find the repository's files and the source documents.
/// Computed from this file's place rather than `Bundle.module`, so the tests
/// read the files exactly as they are committed.
enum TestPaths {
    /// `Tests/RoadmapStoreTests/Support/TestPaths.swift` → the repository root.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let samples = repositoryRoot.appendingPathComponent("Sources/RoadmapStore/Samples")
    static let schemas = repositoryRoot.appendingPathComponent("Sources/RoadmapStore/Schemas")
    /// The source documents, kept as test data in `Tests/Fixtures/Seeds`.
    static let seeds = repositoryRoot.appendingPathComponent("Tests/Fixtures/Seeds")

    static func sample(_ name: String) -> URL { samples.appendingPathComponent(name) }

    /// Every JSON file under `Samples`, as paths relative to it, sorted.
    static func sampleFiles() throws -> [String] {
        let root = samples.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The text of seed `NNN_*.txt`; the file names carry a hash we do not hard-code.
    static func seedText(_ number: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(number + "_") && $0.hasSuffix(".txt") }) else {
            throw TestFileError("no document \(number)_*.txt in \(seeds.path)")
        }
        return try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }
}

struct TestFileError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
