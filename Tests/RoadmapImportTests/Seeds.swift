import Foundation
import RoadmapModel
import RoadmapStore
@testable import RoadmapImport

/// The seed documents and the bundled samples transcribed from them.
enum Seeds {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Seeds")

    static func url(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix + "_") && $0.hasSuffix(".txt") }) else {
            throw SeedMissing(prefix: prefix)
        }
        return folder.appendingPathComponent(name)
    }

    static func text(_ prefix: String) throws -> String {
        try String(contentsOf: url(prefix), encoding: .utf8)
    }

    static func imported(_ prefix: String, options: ImportOptions = ImportOptions()) throws -> ImportReport {
        try RoadmapImporter.read(url(prefix), options: options)
    }

    static func sample(_ name: String) throws -> RoadmapData {
        guard let url = Samples.directory(named: name) else { throw SeedMissing(prefix: name) }
        guard let data = DataDirectory(url).load().data else { throw SeedMissing(prefix: name) }
        return data
    }

    struct SeedMissing: Error { var prefix: String }
}

/// A fresh directory under the system's temporary folder, removed by `remove()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-import-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
