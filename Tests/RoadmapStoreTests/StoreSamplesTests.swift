import Foundation
import Testing
import RoadmapModel
import RoadmapStore

@Suite("Store: bundled samples")
struct StoreSamplesTests {
    @Test func namesAreSampleFoldersOnly() {
        #expect(!Samples.names.contains(".keep"))
        #expect(Samples.names == Samples.names.sorted())
        #expect(Samples.directory(named: "нет-такого") == nil)
    }

    @Test func unknownSampleIsAnError() throws {
        let target = try StoreFixture(files: [:])
        do {
            try Samples.install("нет-такого", into: target.root)
            Issue.record("ожидалась ошибка")
        } catch {
            #expect(error.message.hasPrefix("образец «нет-такого» не найден ("))
        }
    }

    @Test func installRefusesANonEmptyTarget() throws {
        let target = try StoreFixture()
        let before = try target.snapshot()
        #expect(throws: StoreError("каталог \(target.root.standardizedFileURL.path) не пуст: образец устанавливается только в пустой или новый каталог")) {
            try Samples.install(Samples.names.first ?? "любой", into: target.root)
        }
        #expect(try target.snapshot() == before)
    }

    /// Every bundled sample must install and load without errors.
    @Test(arguments: Samples.names)
    func everySampleInstallsAndLoads(_ name: String) throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        try Samples.install(name, into: target)
        let report = DataDirectory(target).load()
        #expect(report.errors.isEmpty, "\(report.errors)")
    }
}
