import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// `roadmap sync` and `roadmap init --from` against a real git: the first
/// sync makes the directory a clone, marks travel between machines, the
/// same record marked on two keeps both marks, and nothing broken or
/// unmergeable ever leaves a machine or changes its files.
@Suite("Sync through git")
struct SyncGitTests {
    static let may = ProgressKey(measure: "18", occurrence: Day(year: 2022, month: 5, day: 31))

    /// A server and two clones of terek-2022: `a` connected first, `b` cloned.
    final class Pair {
        let server: GitServer
        let folder: TemporaryFolder
        let a: String, b: String

        init(network: Bool = false) throws {
            server = try GitServer(network: network)
            folder = try TemporaryFolder()
            a = folder.path("a")
            b = folder.path("b")
            _ = try RoadmapProcess.run(["init", a, "--sample", "terek-2022"])
            let first = try RoadmapProcess.run(["sync", "--data", a, "--remote", server.url])
            try #require(first.status == 0, "\(first.stderr)")
            let clone = try RoadmapProcess.run(["init", b, "--from", server.url])
            try #require(clone.status == 0, "\(clone.stderr)")
        }

        func sync(_ dir: String, _ extra: [String] = []) throws -> RoadmapProcess.Result {
            try RoadmapProcess.run(["sync", "--data", dir] + extra)
        }

        func mark(_ dir: String, _ arguments: [String]) throws {
            let result = try RoadmapProcess.run(["mark"] + arguments + ["--data", dir])
            try #require(result.status == 0, "\(result.stderr)")
        }

        func record(_ dir: String, _ key: ProgressKey) throws -> ProgressRecord? {
            let report = DataDirectory(URL(fileURLWithPath: dir)).load()
            return try #require(report.data, "\(report.errors)").record(key)
        }
    }

    @Test func theFirstSyncMakesACloneAndInitFromGetsIt() throws {
        let pair = try Pair()
        let ignored = try String(contentsOfFile: pair.a + "/.gitignore", encoding: .utf8)
        for name in [".roadmap.lock", ".roadmap.journal", ".*.tmp-*", ".*.old-*"] { #expect(ignored.contains(name)) }
        let attributes = try String(contentsOfFile: pair.a + "/.gitattributes", encoding: .utf8)
        #expect(attributes.contains("progress/**/*.json merge=roadmap"))
        #expect(attributes.contains("measures.json merge=roadmap") && attributes.contains("schools.json merge=roadmap"))
        #expect(!attributes.contains("roadmap.json merge"))
        for clone in [pair.a, pair.b] {
            let driver = try Git.text(clone, ["config", "merge.roadmap.driver"])
            #expect(driver.hasPrefix("'/") && driver.hasSuffix("' merge-driver %O %A %B %P"), "\(driver)")
        }
        #expect(try DataFiles.of(pair.a) == DataFiles.of(pair.b))
        #expect(try RoadmapProcess.run(["validate", "--data", pair.b]).status == 0)
        // A directory that already has files is not cloned into.
        let refused = try RoadmapProcess.run(["init", pair.a, "--from", pair.server.url])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("уже существует и не пуст"))
    }

    @Test func aMarkTravelsWithAMessageBuiltFromItsHistory() throws {
        let pair = try Pair()
        try pair.mark(pair.b, ["18", "--occurrence", "15.05.2022", "--status", "done", "--date", "12.05.2022", "--by", "Иванова"])
        let sent = try pair.sync(pair.b)
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("Отправлено: 1"))
        let subject = try Git.text(pair.b, ["log", "-1", "--format=%s"])
        #expect(subject.hasPrefix("18. Час контроля"), "\(subject)")
        #expect(subject.hasSuffix(" — май 2022: выполнено 12.05.2022 (Иванова)"), "\(subject)")
        let received = try pair.sync(pair.a, ["--format", "json"])
        #expect(received.status == 0, "\(received.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(received.stdout.utf8)) as? [String: Any])
        #expect(report["merge"] as? String == "fast-forward")
        #expect((report["received"] as? [String])?.first == subject)
        #expect((report["sent"] as? [String])?.isEmpty == true)
        #expect(try pair.record(pair.a, Self.may)?.status == .done)
        #expect(try DataFiles.of(pair.a) == DataFiles.of(pair.b))
    }

    @Test func theSameRecordMarkedOnTwoKeepsBothAndTheLaterMarkStands() throws {
        let pair = try Pair()
        try pair.mark(pair.a, ["18", "--occurrence", "15.05.2022", "--status", "done", "--date", "12.05.2022", "--by", "Иванова"])
        // Marked after, or in the same second: «Петрова» sorts after «Иванова» then too.
        try pair.mark(pair.b, ["18", "--occurrence", "15.05.2022", "--status", "in-progress", "--by", "Петрова"])
        try pair.mark(pair.b, ["8", "--school", "urozhaynoe", "--status", "in-progress", "--by", "Петрова"])
        #expect(try pair.sync(pair.a).status == 0)
        let merged = try pair.sync(pair.b, ["--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as? [String: Any])
        #expect(report["merge"] as? String == "merged")
        let resolved = try #require((report["resolved"] as? [[String: Any]])?.first)
        #expect((resolved["kept"] as? [String: Any])?["by"] as? String == "Петрова")
        #expect((resolved["other"] as? [String: Any])?["by"] as? String == "Иванова")
        #expect((resolved["text"] as? String)?.contains("действует «выполняется» (Петрова") == true)
        #expect((resolved["text"] as? String)?.contains("«выполнено 12.05.2022» (Иванова") == true)
        #expect(try pair.sync(pair.a).status == 0)
        for clone in [pair.a, pair.b] {
            let record = try #require(try pair.record(clone, Self.may))
            #expect(record.history.map(\.by) == ["Иванова", "Петрова"])
            #expect(record.status == .inProgress)
            #expect(try pair.record(clone, ProgressKey(measure: "8", school: "urozhaynoe"))?.status == .inProgress)
        }
        #expect(try DataFiles.of(pair.a) == DataFiles.of(pair.b))
        // The text report names the rule's choice too.
        try pair.mark(pair.a, ["11", "--status", "done", "--date", "01.03.2022", "--by", "Иванова"])
        try pair.mark(pair.b, ["11", "--status", "not-done", "--by", "Петрова"])
        #expect(try pair.sync(pair.a).status == 0)
        let text = try pair.sync(pair.b)
        #expect(text.stdout.contains("отмечено на двух компьютерах по-разному — действует «не выполнено» (Петрова"), "\(text.stdout)")
    }

    @Test func twoSyncsAtOnceBothLand() async throws {
        let pair = try Pair(network: true)
        var attempts: [Int] = []
        for round in 1...4 {
            try pair.mark(pair.a, ["11", "--status", "in-progress", "--note", "одновременно \(round), a"])
            try pair.mark(pair.b, ["12", "--status", "in-progress", "--note", "одновременно \(round), b"])
            let a = pair.a, b = pair.b
            async let first = RoadmapProcess.run(["sync", "--data", a, "--format", "json"])
            async let second = RoadmapProcess.run(["sync", "--data", b, "--format", "json"])
            for sync in try await [first, second] {
                #expect(sync.status == 0, "\(sync.stderr)")
                let report = try JSONSerialization.jsonObject(with: Data(sync.stdout.utf8)) as? [String: Any]
                attempts.append(report?["attempts"] as? Int ?? 0)
            }
        }
        // Whichever pushed first has not seen the other's yet.
        #expect(try pair.sync(pair.a).status == 0 && pair.sync(pair.b).status == 0)
        #expect(try pair.record(pair.a, ProgressKey(measure: "12"))?.note == "одновременно 4, b")
        #expect(try pair.record(pair.b, ProgressKey(measure: "11"))?.note == "одновременно 4, a")
        // When the two meet at the push, the later one fetches, merges and
        // tries again (attempts 2); when they do not, each takes one.
        print("Две синхронизации сразу, попыток: \(attempts)")
        #expect(attempts.count == 8 && attempts.allSatisfy { $0 >= 1 }, "\(attempts)")
    }

    @Test func aBrokenHandEditIsRefusedWithTheValidateMessageAndNotPushed() throws {
        let pair = try Pair()
        let before = pair.server.head
        try pair.mark(pair.a, ["11", "--status", "done", "--date", "01.03.2022"])
        let schools = pair.a + "/schools.json"
        try (String(contentsOfFile: schools, encoding: .utf8) + "лишнее").write(toFile: schools, atomically: true, encoding: .utf8)
        let refused = try pair.sync(pair.a)
        #expect(refused.status == 65)
        let validate = try RoadmapProcess.run(["validate", "--data", pair.a])
        let firstProblem = try #require(validate.stderr.split(separator: "\n").first.map(String.init) ?? validate.stdout.split(separator: "\n").first.map(String.init))
        #expect(refused.stderr.contains(firstProblem), "\(refused.stderr) / \(firstProblem)")
        #expect(pair.server.head == before)
        #expect(try Git.text(pair.a, ["log", "-1", "--format=%s"]) == "Дорожная карта: начало общей истории")
    }

    @Test func aPlanFileChangedDifferentlyOnTwoIsRefusedAndTheTreeStaysAsItWas() throws {
        let pair = try Pair()
        for (clone, title) in [(pair.a, "Час контроля (первый)"), (pair.b, "Час контроля (второй)")] {
            let path = clone + "/measures.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"title\": \"Час контроля", with: "\"title\": \"\(title)")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try pair.sync(pair.a).status == 0)
        let before = try DataFiles.of(pair.b)
        let refused = try pair.sync(pair.b)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("measures.json"))
        #expect(refused.stderr.contains("мероприятие «18» изменено по-разному на двух компьютерах"), "\(refused.stderr)")
        #expect(refused.stderr.contains("оставлен точно таким, каким был"))
        #expect(try DataFiles.of(pair.b) == before)
        #expect(try Git.text(pair.b, ["status", "--porcelain"]).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: pair.b + "/.git/MERGE_HEAD"))
        #expect(try RoadmapProcess.run(["validate", "--data", pair.b]).status == 0)
    }

    @Test func aServerThatIsDownOrRefusesLosesNothing() throws {
        let pair = try Pair(network: true)
        pair.server.stop()
        try pair.mark(pair.a, ["11", "--status", "done", "--note", "пока сервер выключен", "--date", "01.03.2022"])
        let down = try pair.sync(pair.a)
        #expect(down.status == 75)
        #expect(down.stderr.contains("сервер недоступен: git сообщает «"), "\(down.stderr)")
        #expect(down.stderr.contains("Отметки сохранены здесь"))
        #expect(try pair.record(pair.a, ProgressKey(measure: "11"))?.note == "пока сервер выключен")

        try pair.server.start()
        try pair.server.refusePushes(true)
        let refused = try pair.sync(pair.a)
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("сервер не принял отправку"), "\(refused.stderr)")
        #expect(try pair.record(pair.a, ProgressKey(measure: "11"))?.note == "пока сервер выключен")

        try pair.server.refusePushes(false)
        #expect(try pair.sync(pair.a).status == 0)
        #expect(try pair.sync(pair.b).status == 0)
        #expect(try pair.record(pair.b, ProgressKey(measure: "11"))?.note == "пока сервер выключен")
    }

    @Test func aDirectoryNotYetConnectedIsToldHow() throws {
        let folder = try TemporaryFolder()
        _ = try RoadmapProcess.run(["init", folder.path("t"), "--sample", "terek-2022"])
        let result = try RoadmapProcess.run(["sync", "--data", folder.path("t")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("roadmap sync --remote URL"))
    }
}

/// `control` and `--read-only` pull before they open, and never push.
@Suite("Sync through git: control and --read-only only pull")
struct SyncPullOnOpenTests {
    @Test func controlAndReadOnlyTakeTheServersMarksAndSendNothing() throws {
        let pair = try SyncGitTests.Pair()
        try pair.mark(pair.b, ["12", "--status", "in-progress", "--note", "только здесь"])
        for (round, command) in [["control"], ["--read-only"]].enumerated() {
            let note = "с сервера \(round)"
            try pair.mark(pair.a, ["11", "--status", "in-progress", "--note", note])
            #expect(try pair.sync(pair.a).status == 0)
            let server = pair.server.head
            // No terminal here: the screen refuses to open, after the pull.
            _ = try RoadmapProcess.run(command + ["--data", pair.b])
            #expect(try pair.record(pair.b, ProgressKey(measure: "11"))?.note == note)
            #expect(try pair.record(pair.b, ProgressKey(measure: "12"))?.note == "только здесь")
            #expect(pair.server.head == server)
        }
    }
}
