import Foundation
import Testing

/// `roadmap-bench generate --municipalities N` makes what a real region
/// has: each municipality pushed to its own repository, a regional folder
/// that fetched them all, and the regional commands work on it.
@Suite("roadmap-bench: a synthetic region of municipalities")
struct BenchRegionTests {
    @Test func eachMunicipalityHasItsRepositoryAndTheRegionFetchedThem() throws {
        let folder = try TemporaryFolder()
        let root = folder.path("region")
        let made = try BenchProcess.run(["generate", root, "--municipalities", "3"])
        try #require(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("3 municipalities"), "\(made.stdout)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/region/municipalities.json")))
                                as? [String: Any])
        let municipalities = try #require(list["municipalities"] as? [[String: Any]])
        #expect(municipalities.count == 3)
        #expect(Set(municipalities.compactMap { $0["name"] as? String }).count == 3)
        for municipality in municipalities {
            let folderName = try #require(municipality["folder"] as? String)
            let copy = root + "/region/" + folderName
            // The copy is the server's: nothing left to send, the same history.
            #expect(try Git.text(copy, ["rev-parse", "HEAD"]) == Git.text(root + "/municipalities/" + folderName, ["rev-parse", "HEAD"]))
            #expect(try RoadmapProcess.run(["validate", "--data", copy]).status == 0)
        }
        let synced = try RoadmapProcess.run(["region", "sync", "--region", root + "/region"])
        #expect(synced.status == 0 && synced.stdout.contains("Нового нет."), "\(synced.stdout)\(synced.stderr)")
        let overdue = try RoadmapProcess.run(["region", "overdue", "--region", root + "/region", "--as-of", "2025-03-01", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["municipality"] as? String }).count == 3, "every municipality has late measures")
    }
}
