import Foundation
import Testing

/// `roadmap mark` reads the plan files and the progress file it changes:
/// a broken file of another school does not stop it, and is still what
/// `validate` reports; a broken plan or target file still refuses it.
@Suite("roadmap mark reads the file it changes")
struct CliMarkOneFileTests {
    @Test func aBrokenOtherSchoolsFileDoesNotStopAMark() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let broken = dir + "/progress/schools/urozhaynoe.json"
        try "{\"format\": 1, \"school\": \"urozhaynoe\", \"records\": [".write(toFile: broken, atomically: true, encoding: .utf8)
        let before = try folder.snapshot()

        let mark = try RoadmapProcess.run(["mark", "2", "--school", "khamidie", "--data", dir, "--status", "done",
                                           "--date", "01.03.2022", "--by", "Шидукова Л.П."])
        #expect(mark.status == 0, "\(mark.stderr)")
        #expect(mark.stdout.contains("Записано: progress/schools/khamidie.json"), "\(mark.stdout)")
        let after = try folder.snapshot()
        #expect(after.keys.filter { after[$0] != before[$0] } == [dir + "/progress/schools/khamidie.json"])
        #expect(after[broken] == before[broken])

        let validate = try RoadmapProcess.run(["validate", "--data", dir])
        #expect(validate.status == 65)
        #expect(validate.stdout.contains("progress/schools/urozhaynoe.json:"), "\(validate.stdout)")
        #expect(!validate.stdout.contains("khamidie"), "\(validate.stdout)")
    }

    @Test func aBrokenPlanOrTargetFileStillRefusesTheMark() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        try "{".write(toFile: dir + "/progress/schools/khamidie.json", atomically: true, encoding: .utf8)
        let before = try folder.snapshot()
        let target = try RoadmapProcess.run(["mark", "2", "--school", "khamidie", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        #expect(target.status == 65)
        #expect(target.stderr.contains("progress/schools/khamidie.json:"), "\(target.stderr)")
        // Another school's mark goes through.
        let other = try RoadmapProcess.run(["mark", "2", "--school", "urozhaynoe", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        #expect(other.status == 0, "\(other.stderr)")

        let measures = dir + "/measures.json"
        let text = try String(contentsOfFile: measures, encoding: .utf8)
        try text.replacingOccurrences(of: "\"scope\": \"every-school\"", with: "\"scope\": 7")
            .write(toFile: measures, atomically: true, encoding: .utf8)
        let middle = try folder.snapshot()
        let plan = try RoadmapProcess.run(["mark", "2", "--school", "urozhaynoe", "--data", dir, "--status", "in-progress"])
        #expect(plan.status == 65)
        #expect(plan.stderr.contains("measures.json:"), "\(plan.stderr)")
        #expect(try folder.snapshot() == middle)
        #expect(middle[dir + "/progress/schools/khamidie.json"] == before[dir + "/progress/schools/khamidie.json"])
    }

    /// The second mark takes the plan from the plan cache; a hand edit of
    /// schools.json in between is read, whatever the cache held.
    @Test func aPlanEditedBetweenTwoMarksIsReadAgain() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let first = try RoadmapProcess.run(["mark", "2", "--school", "Хамидие", "--data", dir, "--status", "in-progress"])
        #expect(first.status == 0, "\(first.stderr)")
        let schools = dir + "/schools.json"
        let text = try String(contentsOfFile: schools, encoding: .utf8)
        #expect(text.contains("Хамидие"))
        try text.replacingOccurrences(of: "Хамидие", with: "Хамидия").write(toFile: schools, atomically: false, encoding: .utf8)

        let old = try RoadmapProcess.run(["mark", "2", "--school", "Хамидие", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        #expect(old.status != 0)
        #expect(old.stderr.contains("не найдена"), "\(old.stderr)")
        let renamed = try RoadmapProcess.run(["mark", "2", "--school", "Хамидия", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdout.contains("Хамидия"), "\(renamed.stdout)")
        #expect(renamed.stdout.contains("Записано: progress/schools/khamidie.json"), "\(renamed.stdout)")
    }
}
