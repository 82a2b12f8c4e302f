import Foundation
import Testing
import ZIPFoundation

/// `roadmap region …` against a real git: municipalities pushing to their
/// own servers (`git daemon` on free ports), the region pulling their
/// roadmaps, never pushing, naming the ones it could not reach and since
/// when, and reading them all together.
@Suite("The region through git")
struct RegionTests {
    /// Two municipalities, each with its own working copy and server, and
    /// a regional folder listing them.
    final class Setup {
        let folder: TemporaryFolder
        let servers: [GitServer]
        static let samples = ["terek-2022-progress", "vladivostok-2020"]
        let names = ["Терский район", "Владивосток"]
        let work: [String]
        let region: String

        init(network: Bool) throws {
            let folder = try TemporaryFolder()
            self.folder = folder
            servers = try Self.samples.map { _ in try GitServer(network: network) }
            work = Self.samples.indices.map { folder.path("municipality-\($0)") }
            region = folder.path("region")
            for (i, sample) in Self.samples.enumerated() {
                _ = try folder.sample(sample, into: "municipality-\(i)")
                let connected = try RoadmapProcess.run(["sync", "--data", work[i], "--remote", servers[i].url])
                try #require(connected.status == 0, "\(connected.stderr)")
                let added = try RoadmapProcess.run(["region", "add", names[i], servers[i].url, "--region", region])
                try #require(added.status == 0, "\(added.stderr)")
            }
        }

        func region(_ arguments: [String]) throws -> RoadmapProcess.Result {
            try RoadmapProcess.run(["region"] + arguments + ["--region", region])
        }

        /// The region's copy of municipality `i`.
        func copy(_ i: Int) throws -> String {
            let text = try String(contentsOfFile: region + "/municipalities.json", encoding: .utf8)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let list = try #require(json["municipalities"] as? [[String: Any]])
            return region + "/" + (try #require(list[i]["folder"] as? String))
        }
    }

    @Test func syncClonesPullsNeverPushesAndSaysWhoIsStaleSinceWhen() throws {
        let setup = try Setup(network: true)
        // A third municipality whose server is down from the start.
        let down = try GitServer(network: true)
        down.stop()
        let added = try setup.region(["add", "Лесной район", "git://127.0.0.1:\(try #require(down.port))/roadmap.git"])
        #expect(added.status == 0, "\(added.stderr)")

        let first = try setup.region(["sync"])
        #expect(first.status == 75, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("Получено муниципалитетов: 2 из 3."), "\(first.stdout)")
        #expect(first.stdout.contains("Получены впервые: 2"), "\(first.stdout)")
        #expect(first.stdout.contains("Лесной район — данные ни разу не получены; "), "\(first.stdout)")
        for i in 0..<2 { #expect(try DataFiles.of(setup.copy(i)) == DataFiles.of(setup.work[i])) }

        // A mark made in Терский район reaches the region; nothing else moves.
        let heads = setup.servers.map(\.head)
        let marked = try RoadmapProcess.run(["mark", "1", "--status", "in-progress", "--note", "региональная проверка", "--data", setup.work[0]])
        try #require(marked.status == 0, "\(marked.stderr)")
        try #require(try RoadmapProcess.run(["sync", "--data", setup.work[0]]).status == 0)
        let second = try setup.region(["sync"])
        #expect(second.stdout.contains("Новое: 1\n  Терский район: изменений 1"), "\(second.stdout)")
        #expect(try DataFiles.of(setup.copy(0)) == DataFiles.of(setup.work[0]))
        #expect(setup.servers[1].head == heads[1])

        // The region never pushes, even what was changed in its copy.
        try editByHand(try setup.copy(1) + "/roadmap.json", "378-а", with: "378-б")
        let before = setup.servers.map(\.head)
        _ = try setup.region(["sync"])
        #expect(setup.servers.map(\.head) == before)

        // Терский район's server goes down: named, with the time of the last good sync.
        setup.servers[0].stop()
        let third = try setup.region(["sync"])
        #expect(third.status == 75)
        let line = try #require(third.stdout.split(separator: "\n").first { $0.contains("Терский район —") }, "\(third.stdout)")
        #expect(line.contains("данные от ") && line.contains("сервер недоступен"), "\(line)")
        #expect(third.stdout.contains("Получено муниципалитетов: 1 из 3."), "\(third.stdout)")
        #expect(try DataFiles.of(setup.copy(0)) == DataFiles.of(setup.work[0]), "the copy is kept as it was")
    }

    @Test func overdueIsEachMunicipalitysOwnListWithItsName() throws {
        let setup = try Setup(network: false)
        #expect(try setup.region(["sync"]).status == 0)
        let day = "2021-03-01"
        let result = try setup.region(["overdue", "--as-of", day, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for (i, name) in setup.names.enumerated() {
            let own = try RoadmapProcess.run(["overdue", "--as-of", day, "--format", "json", "--data", setup.work[i]])
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(own.stdout.utf8)) as? [[String: Any]])
            let mine = rows.filter { $0["municipality"] as? String == name }.map { row in
                var row = row
                row["municipality"] = nil
                return row as NSDictionary
            }
            #expect(mine == expected.map { $0 as NSDictionary }, "\(name)")
        }
        let days = rows.compactMap { $0["daysOverdue"] as? Int }
        #expect(days == days.sorted(by: >), "longest overdue first")
        #expect(rows.first.map { Array(($0 as NSDictionary).allKeys.compactMap { $0 as? String }) }?.contains("municipality") == true)

        let csv = try setup.region(["overdue", "--as-of", day, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Муниципалитет;Дней просрочки;"), "\(csv.stdout.prefix(80))")
        let table = try setup.region(["overdue", "--as-of", day])
        #expect(table.stdout.hasPrefix("Просрочено на 01.03.2021 в муниципалитетах: \(rows.count)"), "\(table.stdout.prefix(200))")
    }

    @Test func theReportTotalsWhatEachMunicipalitysSpravkaSays() throws {
        let setup = try Setup(network: false)
        #expect(try setup.region(["sync"]).status == 0)
        let day = "2022-12-31"
        let json = try setup.region(["report", "--as-of", day, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lines = try #require(report["municipalities"] as? [[String: Any]])
        #expect(lines.map { $0["municipality"] as? String } == setup.names)
        for (i, line) in lines.enumerated() {
            let spravka = try RoadmapProcess.run(["report", "--as-of", day, "--data", setup.work[i]]).stdout
            let onTime = try #require(line["doneOnTime"] as? Int), due = try #require(line["due"] as? Int)
            if due > 0 { #expect(spravka.contains("Выполнено в срок: \(onTime) из \(due) "), "\(setup.names[i])") }
            let overdue = try RoadmapProcess.run(["overdue", "--as-of", day, "--format", "json", "--data", setup.work[i]])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [Any])
            #expect(line["overdue"] as? Int == rows.count, "\(setup.names[i])")
            #expect(line["lastSync"] is String)
        }
        #expect(lines[0]["schools"] as? Int == 7 && lines[0]["measures"] as? Int == 18)

        let markdown = try setup.region(["report", "--as-of", day])
        #expect(markdown.stdout.hasPrefix("# Сводная информация"), "\(markdown.stdout.prefix(100))")
        #expect(markdown.stdout.contains("| 1 | Терский район | 7 |"), "\(markdown.stdout)")

        let file = setup.folder.path("сводная.docx")
        let written = try setup.region(["report", "--as-of", day, "-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var document = Data()
        _ = try archive.extract(entry) { document.append($0) }
        let text = String(decoding: document, as: UTF8.self)
        for name in setup.names { #expect(text.contains(name)) }
        #expect(text.contains("Сводная информация") && text.contains("по состоянию на 31.12.2022"))

        let refused = try setup.region(["report", "--format", "docx"])
        #expect(refused.status == 64 && refused.stderr.contains("укажите файл"), "\(refused.stderr)")
    }

    @Test func aSecondNameIsRefusedAndABrokenListIsNamedWithItsPlace() throws {
        let setup = try Setup(network: false)
        let again = try setup.region(["add", "терский район", "/elsewhere.git"])
        #expect(again.status == 64 && again.stderr.contains("«Терский район» уже есть"), "\(again.stderr)")
        try editByHand(setup.region + "/municipalities.json", "\"format\": 1,", with: "\"format\": 1 1,")
        let before = try setup.folder.snapshot()
        let broken = try setup.region(["sync"])
        #expect(broken.status == 65, "\(broken.stderr)")
        #expect(broken.stderr.contains("municipalities.json:2:"), "\(broken.stderr)")
        #expect(try setup.folder.snapshot() == before, "nothing written while the list is broken")
        #expect(try setup.region(["add", "Лесной", "/x.git"]).status == 65)
    }
}
