import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapImport

/// `--force`: an existing data directory is replaced only after the new
/// one was written in full; without it, a directory with files is refused.
@Suite struct ImportDestinationTests {
    private struct WriteFailed: Error {}

    private func fill(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("старое".utf8).write(to: url.appendingPathComponent("roadmap.json"))
    }

    @Test func refusesADirectoryWithFilesWithoutForce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("data")
        try fill(target)
        let report = try Seeds.imported("003")
        #expect(throws: ImportError.self) {
            try ImportDestination(target, force: false).write { try DataDirectory($0).create(report.data) }
        }
        let kept = try String(contentsOf: target.appendingPathComponent("roadmap.json"), encoding: .utf8)
        #expect(kept == "старое")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["data"])
    }

    @Test func forceReplacesTheDirectoryWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("data")
        try fill(target)
        try Data().write(to: target.appendingPathComponent("лишний.txt"))
        let report = try Seeds.imported("003")
        let replaced = try ImportDestination(target, force: true).write { try DataDirectory($0).create(report.data) }
        #expect(replaced)
        #expect(DataDirectory(target).load().data == report.data)
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("лишний.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["data"])
    }

    @Test func aFailedWriteLeavesTheOldDirectoryAsItWas() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("data")
        try fill(target)
        #expect(throws: ImportError.self) {
            try ImportDestination(target, force: true).write { url in
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                throw WriteFailed()
            }
        }
        let kept = try String(contentsOf: target.appendingPathComponent("roadmap.json"), encoding: .utf8)
        #expect(kept == "старое")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["data"])
    }

    @Test func anEmptyDirectoryIsFilledWithoutForce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("empty")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let report = try Seeds.imported("001")
        let replaced = try ImportDestination(target, force: false).write { try DataDirectory($0).create(report.data) }
        #expect(!replaced)
        #expect(DataDirectory(target).load().data?.measures.count == 28)
    }
}
