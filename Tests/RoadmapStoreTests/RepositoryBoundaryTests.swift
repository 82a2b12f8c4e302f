import Foundation
import Testing

/// A clone of the repository with nothing beside it must pass its tests, so no
/// source or test file may build a path that leaves the repository.
@Suite("Nothing reads outside the repository")
struct RepositoryBoundaryTests {
    @Test("every #filePath climbs no higher than the repository root")
    func filePathChainsStayInside() throws {
        var escapes: [String] = []
        for file in try Self.swiftFiles() {
            let depth = file.relative.split(separator: "/").count
            for climb in Self.climbs(in: file.text) where climb > depth {
                escapes.append("\(file.relative): climbs \(climb) folders from a file \(depth) deep")
            }
        }
        #expect(escapes.isEmpty, "\(escapes)")
    }

    @Test("no path is joined with «..» or names the folder beside the repository")
    func noRelativeEscapes() throws {
        // Built from pieces so that this file does not match itself.
        let needles = [
            "PathComponent(\"" + "..",
            "appending(path: \"" + "..",
            "fileURLWithPath: \"" + "..",
            "sha" + "red/seeds",
            "\"" + ".." + "/shared",
        ]
        var hits: [String] = []
        for file in try Self.swiftFiles() {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where needles.contains(where: { line.contains($0) }) {
                hits.append("\(file.relative):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(hits.isEmpty, "\(hits)")
    }

    @Test("the checks see the files that compute the repository root")
    func theScanFindsTheRootComputations() throws {
        let files = try Self.swiftFiles()
        let withChains = files.filter { !Self.climbs(in: $0.text).isEmpty }
        #expect(files.count > 100)
        #expect(withChains.contains { $0.relative == "Tests/RoadmapStoreTests/Support/TestPaths.swift" })
        #expect(Self.climbs(in: "URL(fileURLWithPath: #filePath)\n  .deletingLastPathComponent()\n .deletingLastPathComponent().x") == [2])
    }

    @Test("the source documents the tests read are in the repository")
    func seedsAreFixtures() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path)
        for number in ["000", "001", "002", "003", "004"] {
            #expect(names.contains { $0.hasPrefix(number + "_") && $0.hasSuffix(".txt") }, "\(number)")
        }
        #expect(TestPaths.seeds.path.hasPrefix(TestPaths.repositoryRoot.path))
    }

    struct SourceFile {
        var relative: String
        var text: String
    }

    static func swiftFiles() throws -> [SourceFile] {
        let root = TestPaths.repositoryRoot.standardizedFileURL.path
        var files: [SourceFile] = []
        for folder in ["Sources", "Tests"] {
            guard let walker = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            for case let name as String in walker where name.hasSuffix(".swift") {
                let relative = folder + "/" + name
                files.append(SourceFile(relative: relative,
                                        text: try String(contentsOfFile: root + "/" + relative, encoding: .utf8)))
            }
        }
        return files
    }

    /// How many folders each `URL(fileURLWithPath: #filePath)` chain climbs.
    static func climbs(in text: String) -> [Int] {
        let start = "URL(fileURLWithPath: #filePath)"
        let step = ".deletingLastPathComponent()"
        var counts: [Int] = []
        var rest = Substring(text)
        while let found = rest.range(of: start) {
            rest = rest[found.upperBound...]
            var count = 0
            while true {
                let trimmed = rest.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
                guard trimmed.hasPrefix(step) else { break }
                rest = trimmed.dropFirst(step.count)
                count += 1
            }
            counts.append(count)
        }
        return counts
    }
}
