import Foundation
import Testing

/// A shared repository for sync tests: a bare repository on disk, served
/// over the real git protocol by `git daemon` on 127.0.0.1 when asked.
final class GitServer {
    let folder: TemporaryFolder
    let name = "roadmap.git"
    private var daemon: Process?
    private(set) var port: Int?

    init(network: Bool = false) throws {
        folder = try TemporaryFolder()
        let made = try Git.run(["init", "-q", "--bare", "-b", "main", folder.path(name)])
        try #require(made.status == 0, "\(made.stderr)")
        if network { try start() }
    }

    deinit { stop() }

    var bare: String { folder.path(name) }

    /// The URL clones use: `git://127.0.0.1:PORT/roadmap.git`, or the path.
    var url: String { port.map { "git://127.0.0.1:\($0)/\(name)" } ?? bare }

    /// Starts the daemon on a free port (the same port again after `stop`)
    /// and waits until it accepts connections. A port taken in between by
    /// another test makes the daemon exit: then another port, the first time.
    func start() throws {
        for _ in 0..<10 {
            let chosen = try port ?? Self.freePort()
            let process = try launch(on: chosen)
            if Self.waitUntilListening(process, port: chosen) {
                daemon = process
                port = chosen
                return
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        Issue.record("git daemon не запустился")
    }

    private func launch(on port: Int) throws -> Process {
        // git-daemon itself, not `git daemon`: the `git` in front would
        // outlive a kill and keep the port.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Git.text(".", ["--exec-path"]) + "/git-daemon")
        process.arguments = ["--export-all", "--enable=receive-pack", "--reuseaddr",
                             "--base-path=\(folder.url.path)", "--listen=127.0.0.1", "--port=\(port)", folder.url.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Polls with a plain TCP connect while the daemon lives.
    private static func waitUntilListening(_ process: Process, port: Int) -> Bool {
        for _ in 0..<500 where process.isRunning {
            if connects(port) { return true }
            usleep(20_000)
        }
        return false
    }

    private static func connects(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return address
    }

    /// The server goes down: connections are refused. SIGKILL, because a
    /// child of the test process may inherit SIGTERM blocked.
    func stop() {
        guard let daemon else { return }
        kill(daemon.processIdentifier, SIGKILL)
        daemon.waitUntilExit()
        self.daemon = nil
    }

    /// Every push is refused by the server, with a message of its own.
    func refusePushes(_ refuse: Bool) throws {
        let hook = folder.url.appendingPathComponent(name).appendingPathComponent("hooks/pre-receive")
        if refuse {
            try Data("#!/bin/sh\necho 'приём изменений закрыт' >&2\nexit 1\n".utf8).write(to: hook)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        } else {
            try? FileManager.default.removeItem(at: hook)
        }
    }

    var head: String { (try? Git.run(["--git-dir", bare, "rev-parse", "main"]).stdout) ?? "" }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound, "нет свободного порта на 127.0.0.1")
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// The real git, for the tests' own look at a clone.
enum Git {
    static func run(_ arguments: [String]) throws -> RoadmapProcess.Result {
        try RoadmapProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments)
    }

    static func text(_ clone: String, _ arguments: [String]) throws -> String {
        try run(["-C", clone] + arguments).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A data directory's data files (not `.git`, not the lock), for comparing clones.
enum DataFiles {
    static func of(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root)
        while let relative = walker?.nextObject() as? String {
            if relative.hasPrefix(".git/") || relative == ".git" { walker?.skipDescendants(); continue }
            guard relative.hasSuffix(".json") || relative.hasPrefix(".git") else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
        }
        return files
    }
}
