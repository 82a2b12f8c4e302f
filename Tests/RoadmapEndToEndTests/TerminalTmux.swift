import Foundation
import Testing

/// A shell in a detached tmux pane on its own server socket, for driving the
/// real `roadmap` binary in a real terminal. `kill()` ends the server; it is
/// also called on deinit so a failed test never leaves one behind.
final class TmuxPane {
    let socket = "roadmap-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private var alive = true

    /// Starts `sh` with a plain `$ ` prompt in a `width`×`height` pane.
    init(width: Int = 80, height: Int = 24) throws {
        // The dashboard keeps the overdue index in the cache folder: the tests' is in /tmp.
        let shell = "env -u NO_COLOR -u ROADMAP_THEME -u ROADMAP_THEMES_DIR -u ROADMAP_DATA "
            + "XDG_CACHE_HOME='\(RoadmapProcess.testCache)' PS1='$ ' sh"
        let status = tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main",
                           "-x", String(width), "-y", String(height), shell], output: false).status
        guard status == 0 else { throw TmuxFailure(message: "tmux new-session: код \(status)") }
        _ = tmux(["set-option", "-g", "remain-on-exit", "off"])
        // The prompt shows once the shell is ready for input.
        guard waitForScreen({ $0.contains("$") }) else { throw TmuxFailure(message: "нет приглашения оболочки") }
    }

    deinit { kill() }

    /// Types a command line and presses Enter.
    func run(_ commandLine: String) {
        _ = tmux(["send-keys", "-t", "main", "-l", commandLine])
        _ = tmux(["send-keys", "-t", "main", "Enter"])
    }

    /// Sends tmux key names (`C-c`, `Up`) or literal text with `literal`.
    func send(_ keys: String, literal: Bool = false) {
        _ = tmux(["send-keys", "-t", "main"] + (literal ? ["-l"] : []) + [keys])
    }

    /// Pastes text as a terminal does: bracketed when the program asked
    /// for it (`paste-buffer -p`), each line feed sent as a carriage return.
    func paste(_ text: String) {
        _ = tmux(["set-buffer", "-b", "pasted", "--", text])
        _ = tmux(["paste-buffer", "-p", "-d", "-b", "pasted", "-t", "main"])
    }

    func resize(width: Int, height: Int) {
        _ = tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// The visible text; with `escapes`, colours and attributes as SGR sequences.
    func screen(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : [])).output
    }

    /// A tmux format of the pane, e.g. `#{pane_current_command}`.
    func format(_ text: String) -> String {
        tmux(["display-message", "-p", "-t", "main", text]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds or `seconds` pass.
    func waitForScreen(seconds: Double = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(screen()) { return true }
            usleep(50_000)
        }
        return condition(screen())
    }

    /// Waits for `text` on the screen; a failed wait records the screen.
    func expectScreen(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = waitForScreen { $0.contains(text) }
        #expect(found, "нет «\(text)» на экране:\n\(screen())", sourceLocation: sourceLocation)
    }

    /// Replaces whatever runs in the pane with `command` (run by `sh -c`),
    /// killing it first; the pane's terminal starts afresh, so a program
    /// killed in raw mode or in the alternate screen leaves nothing behind.
    /// Returns the pid of the pane's process (`exec` in `command` makes it
    /// the program's own).
    func respawn(_ command: String) -> pid_t? {
        _ = tmux(["set-option", "-t", "main", "remain-on-exit", "on"])
        guard tmux(["respawn-pane", "-k", "-t", "main", command]).status == 0 else { return nil }
        return pid_t(format("#{pane_pid}"))
    }

    func kill() {
        guard alive else { return }
        alive = false
        _ = tmux(["kill-server"])
    }

    @discardableResult
    private func tmux(_ arguments: [String], output: Bool = true) -> (status: Int32, output: String) {
        // -u: the pane is UTF-8 whatever the test's own locale is.
        let result = Spawn.run("/usr/bin/tmux", ["-u", "-L", socket] + arguments, captureOutput: output)
        return (result.status, result.output)
    }
}

/// Runs a program and waits with `waitpid`. Foundation's `Process` decides a
/// child has ended when a socket it inherits is closed; the tmux server
/// forks from the client and keeps that socket, so `waitUntilExit` would
/// never return. Here our pipes are close-on-exec, and the
/// command that starts the server must not get a pipe either (`captureOutput:
/// false`), or the read would wait for the server's end.
enum Spawn {
    static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                    captureOutput: Bool = true, captureError: Bool = false) -> (status: Int32, output: String, error: String) {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        if captureOutput { openPipe(&outPipe) }
        if captureError { openPipe(&errPipe) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (target, pipe) in [(Int32(1), outPipe), (Int32(2), errPipe)] {
            if pipe[1] >= 0 {
                posix_spawn_file_actions_adddup2(&actions, pipe[1], target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            }
        }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv = ([path] + arguments).map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The test runner's threads block signals, and a child inherits the
        // mask: a tmux server and its shell would then never see SIGHUP or
        // SIGCHLD and kill-server would leave them running.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
        for fd in [outPipe[1], errPipe[1]] where fd >= 0 { close(fd) }
        let output = readAll(outPipe[0]), error = readAll(errPipe[0])
        guard spawned == 0 else { return (-1, output, error) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, output, error)
    }

    /// Close-on-exec, so no other child (a tmux server least of all) keeps
    /// a write end open and leaves a reader waiting.
    private static func openPipe(_ fds: inout [Int32]) {
        guard pipe(&fds) == 0 else { fds = [-1, -1]; return }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    }

    private static func readAll(_ fd: Int32) -> String {
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct TmuxFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
