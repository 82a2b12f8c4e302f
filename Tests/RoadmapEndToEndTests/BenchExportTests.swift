import Foundation
import Testing

/// `roadmap-bench generate --export-taskwarrior/--export-calcurse` must ask
/// the other tools exactly the question `roadmap overdue` answers: the same
/// occurrences, the same due days, the same done-or-not. Checked on the
/// built binaries, the way the comparison script uses them.
@Suite("roadmap-bench: exports for taskwarrior and calcurse")
struct BenchExportTests {
    /// A small region for the academic year 2026-2027, marked up to this day.
    static let asOf = "2026-11-23"

    struct Region {
        let folder: TemporaryFolder
        var directory: String { folder.path("region") }
        var taskFile: String { folder.path("tasks.json") }
        var calcurse: String { folder.path("calcurse") }

        init(seed: Int = 3) throws {
            folder = try TemporaryFolder()
            let result = try BenchProcess.run(["generate", directory, "--schools", "12", "--measures", "24",
                                               "--seed", String(seed), "--as-of", BenchExportTests.asOf,
                                               "--export-taskwarrior", taskFile, "--export-calcurse", calcurse])
            #expect(result.status == 0, "\(result.stderr)")
        }

        func tasks() throws -> [[String: Any]] {
            let data = try Data(contentsOf: URL(fileURLWithPath: taskFile))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        }

        func lines(_ name: String) throws -> [String] {
            try String(contentsOfFile: calcurse + "/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
        }

        /// `roadmap overdue --format json` on the generated directory.
        func overdue() throws -> [[String: Any]] {
            let result = try RoadmapProcess.run(["overdue", "--data", directory, "--as-of", BenchExportTests.asOf, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        }
    }

    static let stamp = try! NSRegularExpression(pattern: #"^\d{8}T\d{6}Z$"#)
    static let uuid = try! NSRegularExpression(pattern: #"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#)

    static func matches(_ regex: NSRegularExpression, _ text: String?) -> Bool {
        guard let text else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `20261031T235959Z` → `2026-10-31`.
    static func isoDay(_ stamp: String) -> String {
        let d = Array(stamp)
        return String(d[0..<4]) + "-" + String(d[4..<6]) + "-" + String(d[6..<8])
    }

    @Test func taskwarriorTasksHaveTheFieldsTaskImportReads() throws {
        let region = try Region()
        let tasks = try region.tasks()
        #expect(tasks.count > 200)
        for task in tasks {
            #expect(Self.matches(Self.uuid, task["uuid"] as? String), "\(task)")
            #expect((task["description"] as? String)?.isEmpty == false)
            let status = task["status"] as? String
            #expect(status == "pending" || status == "completed")
            #expect(Self.matches(Self.stamp, task["entry"] as? String))
            if let due = task["due"] { #expect(Self.matches(Self.stamp, due as? String)) }
            // taskwarrior refuses a completed task without an end date.
            if status == "completed" { #expect(Self.matches(Self.stamp, task["end"] as? String), "\(task)") }
            #expect((task["project"] as? String)?.hasPrefix("раздел-") == true)
            #expect((task["tags"] as? [String])?.isEmpty == false)
        }
        #expect(Set(tasks.compactMap { $0["uuid"] as? String }).count == tasks.count)
        #expect(tasks.contains { $0["due"] == nil }, "«По отдельному плану» has no due date")
        #expect(tasks.contains { ($0["description"] as? String)?.contains(" — СОШ № ") == true })
    }

    @Test func taskIdsAreStableForASeedAndDifferForAnother() throws {
        let first = try Region(seed: 3).tasks().compactMap { $0["uuid"] as? String }
        let again = try Region(seed: 3).tasks().compactMap { $0["uuid"] as? String }
        let other = try Region(seed: 4).tasks().compactMap { $0["uuid"] as? String }
        #expect(first == again)
        #expect(Set(first).isDisjoint(with: other))
    }

    /// Pending tasks due before the as-of day are exactly `roadmap overdue`:
    /// same count, same due days.
    @Test func pendingTasksDueBeforeTheDayAreRoadmapsOverdueList() throws {
        let region = try Region()
        let late = try region.tasks().filter { task in
            guard task["status"] as? String == "pending", let due = task["due"] as? String else { return false }
            return Self.isoDay(due) < Self.asOf
        }
        let overdue = try region.overdue()
        #expect(!overdue.isEmpty)
        #expect(late.compactMap { ($0["due"] as? String).map(Self.isoDay) }.sorted()
                == overdue.compactMap { $0["due"] as? String }.sorted())
    }

    @Test func calcurseAppointmentsAndTodosFollowTheFileFormat() throws {
        let region = try Region()
        let tasks = try region.tasks()
        let appointment = try NSRegularExpression(pattern: #"^(\d\d/\d\d/\d{4}) @ 09:00 -> (\d\d/\d\d/\d{4}) @ 10:00 \|[^|\n]+$"#)
        let apts = try region.lines("apts")
        #expect(apts.count == tasks.filter { $0["due"] != nil }.count)
        for line in apts {
            let range = NSRange(line.startIndex..., in: line)
            let match = try #require(appointment.firstMatch(in: line, range: range), "\(line)")
            #expect(line[Range(match.range(at: 1), in: line)!] == line[Range(match.range(at: 2), in: line)!])
        }
        let todo = try NSRegularExpression(pattern: #"^\[-?[0-9]\] \S.*$"#)
        let todos = try region.lines("todo")
        #expect(todos.count == tasks.count)
        #expect(todos.allSatisfy { Self.matches(todo, $0) })
        #expect(todos.filter { $0.hasPrefix("[-") }.count == tasks.filter { $0["status"] as? String == "completed" }.count)
    }

    @Test func appointmentsBeforeTheDayAreTheDatedOccurrencesDueBeforeIt() throws {
        let region = try Region()
        let before = try region.lines("apts").filter { line in
            let p = line.prefix(10).split(separator: "/")
            return "\(p[2])-\(p[0])-\(p[1])" < Self.asOf
        }
        let due = try region.tasks().compactMap { $0["due"] as? String }.map(Self.isoDay).filter { $0 < Self.asOf }
        #expect(before.count == due.count)
        #expect(before.count > (try region.overdue()).count, "calcurse lists done ones too: it keeps no status for appointments")
    }

    /// With taskwarrior installed, `task import` takes the file and its
    /// `overdue` report counts what `roadmap overdue` lists.
    @Test(.enabled(if: BenchProcess.installed("task"))) func taskwarriorImportsAndAgreesOnOverdue() throws {
        let region = try Region()
        let home = region.folder.path("taskdata")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let rc = region.folder.path("taskrc")
        try "data.location=\(home)\nconfirmation=off\n".write(toFile: rc, atomically: true, encoding: .utf8)
        let env = ["TASKDATA": home, "TASKRC": rc]
        let imported = try BenchProcess.run(["rc.verbose=nothing", "import", region.taskFile], tool: "task", environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        // Overdue now in taskwarrior means due before now; the region's year
        // lies in the past for dates after 2027-08-31, in part before.
        let count = try BenchProcess.run(["rc.verbose=nothing", "count", "status:pending", "due.before:\(Self.asOf)"],
                                         tool: "task", environment: env)
        #expect(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == (try region.overdue()).count)
    }

    @Test(.enabled(if: BenchProcess.installed("calcurse"))) func calcurseReadsTheAppointments() throws {
        let region = try Region()
        let listed = try BenchProcess.run(["-D", region.calcurse, "-G", "--filter-type", "apt",
                                           "--filter-start-before", "11/23/2026"], tool: "calcurse")
        #expect(listed.status == 0, "\(listed.stderr)")
        let expected = try region.lines("apts").filter { line in
            let p = line.prefix(10).split(separator: "/")
            return "\(p[2])-\(p[0])-\(p[1])" < Self.asOf
        }
        #expect(listed.stdout.split(separator: "\n").count == expected.count)
    }
}

/// Runs the built `roadmap-bench`, or an installed tool, like a script would.
enum BenchProcess {
    static var binary: URL {
        RoadmapProcess.binary.deletingLastPathComponent().appendingPathComponent("roadmap-bench")
    }

    static func installed(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    static func run(_ arguments: [String], tool: String? = nil, environment extra: [String: String] = [:]) throws -> RoadmapProcess.Result {
        if let tool {
            return try RoadmapProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments, environment: extra)
        }
        return try RoadmapProcess.execute(binary, arguments, environment: extra)
    }
}
