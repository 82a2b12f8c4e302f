import Foundation
import Testing

/// `--school` takes the school as the user knows it: its name or any part
/// only one school has, case-insensitive, `ё` = `е`; the id still works.
@Suite("roadmap --school by the school's name")
struct CliSchoolByNameTests {
    func terek() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let dir = folder.path("terek")
        let made = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        #expect(made.status == 0, "\(made.stderr)")
        return (folder, dir)
    }

    func overdueSchools(_ dir: String, _ school: String) throws -> (Int32, [String], String) {
        let result = try RoadmapProcess.run(["overdue", "--data", dir, "--as-of", "2022-06-15", "--school", school,
                                             "--format", "json"])
        let rows = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
        return (result.status, rows.compactMap { $0["school"] as? String }, result.stderr)
    }

    @Test func overdueTakesTheNameAnyUniquePartAndTheId() throws {
        let (folder, dir) = try terek()
        _ = folder
        for typed in ["Урожайное", "урожайное", "УРОЖАЙН", "с.п. Урожайное", "urozhaynoe"] {
            let (status, schools, stderr) = try overdueSchools(dir, typed)
            #expect(status == 0, "\(typed): \(stderr)")
            #expect(schools == ["urozhaynoe", "urozhaynoe", "urozhaynoe"], "\(typed)")
        }
        // A whole name wins over a part: «Хамидие» is not «Ново-Хамидие».
        #expect(try overdueSchools(dir, "хамидие").1 == ["khamidie", "khamidie", "khamidie"])
        #expect(try overdueSchools(dir, "Ново-Хам").1 == ["novo-khamidie", "novo-khamidie", "novo-khamidie"])
        // The cached index answers the same as the files.
        #expect(try overdueSchools(dir, "Верхний").1 == ["verkhniy-kurp", "verkhniy-kurp", "verkhniy-kurp"])
    }

    @Test func yoIsTheSameAsYe() throws {
        let (folder, dir) = try terek()
        _ = folder
        let schools = dir + "/schools.json"
        var text = try String(contentsOfFile: schools, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"Красноармейское\"", with: "\"Красноармейское-Зелёное\"")
        try text.write(toFile: schools, atomically: true, encoding: .utf8)
        let (status, found, stderr) = try overdueSchools(dir, "зеленое")
        #expect(status == 0, "\(stderr)")
        #expect(found.allSatisfy { $0 == "krasnoarmeyskoe" } && !found.isEmpty)
    }

    @Test func anAmbiguousPartListsTheMatchingSchools() throws {
        let (folder, dir) = try terek()
        _ = folder
        let result = try RoadmapProcess.run(["list", "--data", dir, "--school", "курп"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--school «курп» подходит к нескольким школам: Верхний Курп (verkhniy-kurp), Нижний Курп (nizhniy-kurp)"),
                "\(result.stderr)")
        let unknown = try RoadmapProcess.run(["list", "--data", dir, "--school", "Москва"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Школа «Москва» не найдена"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("Урожайное"))
    }

    @Test func markTakesTheNameToo() throws {
        let (folder, dir) = try terek()
        _ = folder
        let marked = try RoadmapProcess.run(["mark", "5", "--data", dir, "--school", "урожайное", "--status", "in-progress",
                                             "--by", "Шидукова Л.П."])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout.contains("школа Урожайное"))
        #expect(marked.stdout.contains("progress/schools/urozhaynoe.json"))
        let ambiguous = try RoadmapProcess.run(["mark", "5", "--data", dir, "--school", "хамид", "--status", "done",
                                                "--by", "Шидукова Л.П."])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("Хамидие (khamidie), Ново-Хамидие (novo-khamidie)"), "\(ambiguous.stderr)")
    }
}
