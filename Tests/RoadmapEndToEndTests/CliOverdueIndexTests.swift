import Foundation
import Testing

/// `roadmap overdue` through its index: byte for byte the answer it gives
/// from the JSON files, and every change to those files (a mark, a hand
/// edit, a file added or removed) or to the cache itself falls back to them.
@Suite("roadmap overdue through the cached index")
struct CliOverdueIndexTests {
    /// A data directory with its own cache folder (`XDG_CACHE_HOME`).
    final class Setup {
        let folder: TemporaryFolder
        let dir: String
        let cache: String

        init(sample: String) throws {
            folder = try TemporaryFolder()
            dir = folder.path("data")
            cache = folder.path("cache")
            let result = try RoadmapProcess.run(["init", dir, "--sample", sample])
            #expect(result.status == 0, "\(result.stderr)")
            try ageFiles()
        }

        init(generatedSchools schools: Int) throws {
            folder = try TemporaryFolder()
            dir = folder.path("region")
            cache = folder.path("cache")
            let result = try BenchProcess.run(["generate", dir, "--schools", String(schools), "--measures", "24", "--seed", "5"])
            #expect(result.status == 0, "\(result.stderr)")
            try ageFiles()
        }

        /// Files written an hour ago, as data files usually are. Files only
        /// seconds old are «racy»: the index confirms them by their bytes and,
        /// once they are older, rewrites itself without them — a rewrite that
        /// the inode check below would take for a rebuild on a slow machine.
        private func ageFiles() throws {
            let hourAgo = Date().addingTimeInterval(-3600)
            for path in try FileManager.default.subpathsOfDirectory(atPath: dir) {
                try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: dir + "/" + path)
            }
        }

        func overdue(_ extra: [String]) throws -> RoadmapProcess.Result {
            try RoadmapProcess.run(["overdue", "--data", dir] + extra, environment: ["XDG_CACHE_HOME": cache])
        }

        /// The one cache file, if any.
        var cacheFile: String? {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/roadmap")) ?? []
            return names.first { $0.hasSuffix(".index") }.map { cache + "/roadmap/" + $0 }
        }

        /// The cache file's inode: a rebuild renames a new file over it.
        var cacheInode: UInt64? {
            cacheFile.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.systemFileNumber] as? UInt64 }
        }

        /// Runs once without the cache, then twice with it (building, then
        /// answering from the index), and expects the same bytes every time.
        func expectSameAnswers(_ extra: [String], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let truth = try overdue(extra + ["--no-cache"])
            #expect(truth.status == status, "\(truth.stderr)", sourceLocation: sourceLocation)
            let building = try overdue(extra)
            let built = cacheInode
            #expect(built != nil, sourceLocation: sourceLocation)
            let fromIndex = try overdue(extra)
            #expect(cacheInode == built, "the second run must answer from the index", sourceLocation: sourceLocation)
            for run in [building, fromIndex] {
                #expect(run.status == truth.status, sourceLocation: sourceLocation)
                #expect(run.stdout == truth.stdout, sourceLocation: sourceLocation)
                #expect(run.stderr == truth.stderr, sourceLocation: sourceLocation)
            }
        }

        /// After a change: the cached command gives what the files say.
        func expectTruth(_ asOf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let truth = try overdue(["--as-of", asOf, "--format", "json", "--no-cache"])
            let cached = try overdue(["--as-of", asOf, "--format", "json"])
            #expect(cached.stdout == truth.stdout, sourceLocation: sourceLocation)
            #expect(cached.stderr == truth.stderr, sourceLocation: sourceLocation)
            #expect(cached.status == truth.status, sourceLocation: sourceLocation)
            return cached.stdout
        }
    }

    @Test(arguments: ["vladivostok-2020", "terek-2022", "seryshevo-2023"])
    func theIndexAnswersByteForByteInEveryFormat(sample: String) throws {
        let setup = try Setup(sample: sample)
        for format in ["table", "json", "csv"] {
            for asOf in ["2021-03-01", "2023-06-01"] {
                try setup.expectSameAnswers(["--as-of", asOf, "--format", format])
            }
        }
        try setup.expectSameAnswers(["--as-of", "2023-06-01", "--responsible", "директор"])
    }

    @Test func aGeneratedRegionAnswersTheSameThroughTheIndex() throws {
        let setup = try Setup(generatedSchools: 15)
        for format in ["table", "json", "csv"] {
            try setup.expectSameAnswers(["--as-of", "2025-03-01", "--format", format])
        }
        let schools = try String(contentsOfFile: setup.dir + "/schools.json", encoding: .utf8)
        let id = try #require(schools.firstMatch(of: /"id": "([^"]+)"/)?.output.1)
        try setup.expectSameAnswers(["--as-of", "2025-03-01", "--school", String(id), "--format", "csv"])
    }

    @Test func anUnknownSchoolIsRefusedTheSameWayFromTheIndex() throws {
        let setup = try Setup(sample: "terek-2022")
        try setup.expectSameAnswers(["--as-of", "2022-06-01", "--school", "khamidi"], status: 64)
        #expect(try setup.overdue(["--as-of", "2022-06-01", "--school", "khamidi"]).stderr.contains("khamidie"))
    }

    @Test func aMarkIsSeenByTheNextOverdue() throws {
        let setup = try Setup(sample: "terek-2022")
        let before = try setup.expectTruth("2022-06-01")
        #expect(before.contains("\"measure\": \"1\","))
        _ = try setup.overdue(["--as-of", "2022-06-01"])
        let mark = try RoadmapProcess.run(["mark", "1", "--data", setup.dir, "--status", "done", "--date", "20.02.2022", "--by", "Шидукова Л.П."],
                                          environment: ["XDG_CACHE_HOME": setup.cache])
        #expect(mark.status == 0, "\(mark.stderr)")
        let after = try setup.expectTruth("2022-06-01")
        #expect(!after.contains("\"measure\": \"1\","))
    }

    @Test func aHandEditAnAddedAndADeletedFileFallBackToTheFiles() throws {
        let setup = try Setup(sample: "vladivostok-2020")
        let asOf = "2021-03-01"
        #expect(try setup.expectTruth(asOf).contains("\"measure\": \"2.1\","))
        // A hand edit: measure 2.1 is due a year later, so no longer overdue.
        let measuresPath = setup.dir + "/measures.json"
        let measures = try String(contentsOfFile: measuresPath, encoding: .utf8)
        let edited = measures.replacingOccurrences(of: "до 30.10.2020", with: "до 30.10.2021")
        #expect(edited != measures)
        try edited.write(toFile: measuresPath, atomically: false, encoding: .utf8)
        let afterEdit = try setup.expectTruth(asOf)
        #expect(!afterEdit.contains("\"measure\": \"2.1\","))
        // A stray file in progress/schools is a warning: the line follows it.
        try FileManager.default.createDirectory(atPath: setup.dir + "/progress/schools", withIntermediateDirectories: true)
        try "заметки".write(toFile: setup.dir + "/progress/schools/notes.txt", atomically: true, encoding: .utf8)
        let warned = try setup.overdue(["--as-of", asOf, "--format", "json"])
        #expect(warned.stderr.contains("Предупреждений: 1"))
        #expect(try setup.overdue(["--as-of", asOf, "--format", "json"]).stderr == warned.stderr)
        try FileManager.default.removeItem(atPath: setup.dir + "/progress/schools/notes.txt")
        #expect(try setup.overdue(["--as-of", asOf, "--format", "json"]).stderr.isEmpty)
        // A deleted file is an error, never an answer from the index.
        try FileManager.default.removeItem(atPath: setup.dir + "/progress/municipal.json")
        let missing = try setup.overdue(["--as-of", asOf, "--format", "json"])
        #expect(missing.status == 65)
        #expect(missing.stdout.isEmpty)
    }

    @Test func anAddedSchoolFileIsRead() throws {
        let setup = try Setup(sample: "terek-2022")
        _ = try setup.expectTruth("2022-06-01")
        let file = setup.dir + "/progress/schools/khamidie.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try FileManager.default.removeItem(atPath: file)
        _ = try setup.expectTruth("2022-06-01")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try setup.expectTruth("2022-06-01")
    }

    @Test func aDamagedTruncatedOrForeignCacheFallsBackToTheFiles() throws {
        let setup = try Setup(sample: "terek-2022"), other = try Setup(sample: "vladivostok-2020")
        _ = try setup.expectTruth("2022-06-01")
        let file = try #require(setup.cacheFile)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: file))
        _ = try setup.expectTruth("2022-06-01")
        bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: file))
        _ = try setup.expectTruth("2022-06-01")
        // Another directory's cache under this directory's name.
        _ = try other.overdue(["--as-of", "2022-06-01"])
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.copyItem(atPath: try #require(other.cacheFile), toPath: file)
        _ = try setup.expectTruth("2022-06-01")
    }

    @Test func theCacheNeverLandsInTheDataDirectoryAndAReadOnlyOneWorks() throws {
        let setup = try Setup(sample: "terek-2022")
        let before = try FileManager.default.subpathsOfDirectory(atPath: setup.dir).sorted()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: setup.dir)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: setup.dir) }
        try setup.expectSameAnswers(["--as-of", "2022-06-01", "--format", "json"])
        #expect(try FileManager.default.subpathsOfDirectory(atPath: setup.dir).sorted() == before)
        #expect(setup.cacheFile?.hasPrefix(setup.cache + "/roadmap/overdue-") == true)
    }

    @Test func anUnwritableCacheFolderIsNoError() throws {
        let setup = try Setup(sample: "seryshevo-2023")
        try "a file where the cache folder belongs".write(toFile: setup.cache, atomically: true, encoding: .utf8)
        let truth = try setup.overdue(["--as-of", "2024-06-01", "--no-cache"])
        let cached = try setup.overdue(["--as-of", "2024-06-01"])
        #expect(cached.status == 0)
        #expect(cached.stdout == truth.stdout)
        #expect(cached.stderr.isEmpty)
    }
}
