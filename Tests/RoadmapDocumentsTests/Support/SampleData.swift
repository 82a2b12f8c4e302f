import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// The bundled samples loaded as the program loads them, and marks made the
/// way `roadmap mark` makes them.
enum SampleData {
    static func load(_ name: String) throws -> RoadmapData {
        let folder = try #require(Samples.directory(named: name), "sample \(name) is bundled")
        let report = DataDirectory(folder).load()
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(report.data)
    }

    static func day(_ text: String) -> Day {
        Day.parse(text)!
    }

    /// Records one change the way the command line does.
    static func mark(_ data: inout RoadmapData, _ measure: String, school: String? = nil, occurrence: String? = nil,
                     _ status: Status, note: String? = nil, doneOn: String? = nil) {
        data.apply(HistoryEntry(at: "2021-03-01T10:00:00+03:00", by: "Иванова И.И.", status: status,
                                note: note, doneOn: doneOn.map(day)),
                   to: ProgressKey(measure: measure, school: school, occurrence: occurrence.map(day)))
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}
