import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapImport

/// `--force`: an existing data directory's roadmap is replaced by the store
/// in place, as one change under its lock; a new directory is moved into
/// place only after it was written in full; without `--force`, a directory
/// with files is refused.
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

    @Test func forceReplacesTheRoadmapInPlaceAndKeepsOtherFiles() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("data")
        try Samples.install("vladivostok-2020", into: target)
        try Data("заметки".utf8).write(to: target.appendingPathComponent("заметки.txt"))
        let report = try Seeds.imported("003")
        let destination = ImportDestination(target, force: true)
        try destination.check()
        #expect(destination.replacesExisting)
        #expect(throws: ImportError.self) { try destination.write { try DataDirectory($0).create(report.data) } }
        let changed = try DataDirectory(target).replaceAll(with: report.data)
        #expect(changed.contains("measures.json"))
        #expect(DataDirectory(target).load().data == report.data)
        #expect(try String(contentsOf: target.appendingPathComponent("заметки.txt"), encoding: .utf8) == "заметки")
        // Vladivostok's school files are gone with its schools; nothing else is left over.
        let schoolFiles = try FileManager.default.contentsOfDirectory(atPath: target.appendingPathComponent("progress/schools").path)
        #expect(Set(schoolFiles) == Set(report.data.schools.map { "\($0.id).json" }))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func aFailedWriteLeavesNoDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("data")
        #expect(throws: ImportError.self) {
            try ImportDestination(target, force: true).write { url in
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                throw WriteFailed()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test func anEmptyDirectoryIsFilledWithoutForce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("empty")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let report = try Seeds.imported("001")
        try ImportDestination(target, force: false).write { try DataDirectory($0).create(report.data) }
        #expect(DataDirectory(target).load().data?.measures.count == 28)
    }
}
