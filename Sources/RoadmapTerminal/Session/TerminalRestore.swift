import CNcursesw
import Dispatch
import Foundation

/// Puts the terminal back on every way out: normal quit (the session's
/// `close`), Ctrl-C / SIGTERM / SIGHUP (a flag the run loop reads, then the
/// normal quit), `exit()` from anywhere (`atexit`), and a crash (fatal
/// signal handlers).
@MainActor
enum TerminalRestore {
    /// Signals that ask us to leave. They are ignored by the kernel's default
    /// action and delivered to a dispatch source instead, so no code runs in
    /// signal context for them; the run loop polls `requestedExit`.
    static let leaveSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    private static var sources: [DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "roadmap.terminal.signals")

    /// The first leave-signal received, if any.
    static var requestedExit: Int32? { LeaveRequest.shared.signal }

    /// Call before `newterm`: ncurses installs its own SIGINT/SIGTERM
    /// handlers only where the action is still the default, and ours must win.
    static func install() {
        guard sources.isEmpty else { return }
        for signalNumber in leaveSignals {
            signal(signalNumber, SIG_IGN)
            sources.append(LeaveRequest.watch(signalNumber, on: queue))
        }
        atexit { endScreenIfActive() }
        FatalSignals.install(fatalSignals)
    }
}

/// Which signal asked us to leave; written on the signal queue, read by the
/// run loop on the main thread.
final class LeaveRequest: @unchecked Sendable {
    static let shared = LeaveRequest()
    private let lock = NSLock()
    private var received: Int32?

    var signal: Int32? { lock.withLock { received } }

    func record(_ signal: Int32) {
        lock.withLock { if received == nil { received = signal } }
    }

    /// Built outside the main actor on purpose: a closure written inside a
    /// main-actor function would inherit that isolation, and Swift traps when
    /// the signal queue then runs it.
    nonisolated static func watch(_ signal: Int32, on queue: DispatchQueue) -> DispatchSourceSignal {
        let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
        source.setEventHandler { LeaveRequest.shared.record(signal) }
        source.resume()
        return source
    }
}

/// `endwin` unless the screen is already ended (or was never started, when
/// ncurses answers ERR and does nothing), and bracketed paste off. Safe to
/// call more than once, and from a signal handler.
func endScreenIfActive() {
    if !isendwin() { endwin() }
    BracketedPaste.off()
}

/// The terminal's bracketed-paste mode (`ESC[?2004h`): on while the
/// dashboard runs, off on every way out, or the shell afterwards would see
/// `200~` around every paste.
enum BracketedPaste {
    /// Read in signal context: a plain flag, no lock.
    nonisolated(unsafe) private static var isOn = false

    static func on() {
        write(STDOUT_FILENO, "\u{1b}[?2004h")
        isOn = true
    }

    /// `write(2)` of a static string: nothing here allocates, so a crash
    /// handler may call it.
    static func off() {
        guard isOn else { return }
        isOn = false
        write(STDOUT_FILENO, "\u{1b}[?2004l")
    }

    private static func write(_ descriptor: Int32, _ sequence: StaticString) {
        _ = Glibc.write(descriptor, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}

/// On a crash, restore the terminal, then hand the signal to whoever handled
/// it before us (Swift's backtracer prints the crash report) or to the
/// default action.
///
/// Caveat: `endwin` is not async-signal-safe (it writes through stdio and
/// may touch ncurses' buffers mid-update). After a crash the process is
/// lost anyway; a terminal left in raw mode with no echo is the worse
/// outcome, so we take the risk. Nothing here allocates.
enum FatalSignals {
    /// The actions in place before ours, indexed by signal number. A raw
    /// buffer allocated once, because a signal handler may not allocate or
    /// touch Swift collections; written only before the handlers exist.
    nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    static func install(_ signals: [Int32]) {
        for signalNumber in signals where signalNumber < 65 {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                endScreenIfActive()
                sigaction(signalNumber, FatalSignals.previous + Int(signalNumber), nil)
                raise(signalNumber)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, previous + Int(signalNumber))
        }
    }
}
