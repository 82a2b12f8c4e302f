import Foundation
import Testing

/// The README's way to install: the program and its resources folder copied
/// side by side into a `bin` folder. The copy must find its samples there,
/// beside itself — not in the build tree it came from.
@Suite("Installing: roadmap and its resources copied into a bin folder")
struct CliInstallTests {
    @Test func theInstalledCopyReadsTheSamplesBesideIt() throws {
        let folder = try TemporaryFolder()
        let bin = folder.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let built = RoadmapProcess.binary.deletingLastPathComponent()
        let resources = "roadmap_RoadmapStore.resources"
        try FileManager.default.copyItem(at: RoadmapProcess.binary, to: bin.appendingPathComponent("roadmap"))
        try FileManager.default.copyItem(at: built.appendingPathComponent(resources), to: bin.appendingPathComponent(resources))
        // A sample only the installed copy has: found only if it looks beside itself.
        let samples = bin.appendingPathComponent(resources).appendingPathComponent("Samples")
        try FileManager.default.copyItem(at: samples.appendingPathComponent("seryshevo-2023"),
                                         to: samples.appendingPathComponent("installed-check"))
        let installed = bin.appendingPathComponent("roadmap")

        let version = try RoadmapProcess.execute(installed, ["--version"])
        #expect(version.status == 0, "\(version.stderr)")
        let made = try RoadmapProcess.execute(installed, ["init", folder.path("data"), "--sample", "installed-check"])
        #expect(made.status == 0, "\(made.stderr)")
        let validated = try RoadmapProcess.execute(installed, ["validate", "--data", folder.path("data")])
        #expect(validated.stdout.hasPrefix("Ошибок нет."), "\(validated.stdout)")
        // The first-use default is made from the sample with the year's marks.
        let first = try RoadmapProcess.execute(installed, ["validate"], environment: ["XDG_DATA_HOME": folder.path("xdg")])
        #expect(first.stderr.contains("из примера «terek-2022-progress»"), "\(first.stderr)")
    }
}
