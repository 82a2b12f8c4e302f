import CNcursesw
import Foundation
import RoadmapApp

/// The open ncurses screen. Every ncurses call goes through here on the main
/// actor: ncurses keeps global state and is not thread-safe, and the run
/// loop is a plain blocking loop on the main thread (the command line calls
/// it synchronously), so the main actor is the one place all calls can be
/// confined to without hopping. A custom global actor would run on the
/// cooperative pool, where a blocking `wget_wch` must not sit.
@MainActor
final class TerminalSession {
    enum Input: Equatable {
        case event(KeyEvent)
        case timeout
        /// stdin is closed: `wget_wch` answers ERR at once, forever.
        case closed
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private let painter: GridPainter
    private var decoder: KeyDecoder
    private var instantErrors = 0
    private(set) var isOpen = true

    /// Call `TerminalPreflight.check` and `TerminalRestore.install` first.
    /// `colorsAllowed` is false under `NO_COLOR`; `theme` is used when colours
    /// are on, `monochrome` otherwise.
    init(theme: Theme, monochrome: Theme, colorsAllowed: Bool, terminalName: String) throws(TerminalRefusal) {
        // newterm, not initscr: initscr prints its own message and exits.
        guard newterm(nil, roadmap_stdout(), roadmap_stdin()) != nil, let screen = roadmap_stdscr() else {
            throw .cannotStart(terminalName)
        }
        window = screen
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        // No cursor: the contract has no line editor position to show yet.
        curs_set(0)
        leaveok(window, true)
        let palette = colorsAllowed && has_colors() ? RolePalette.colored(theme) : RolePalette.monochrome(monochrome)
        painter = GridPainter(window: window, palette: palette)
        let paste = KeySequences.installPaste()
        decoder = KeyDecoder(extraCodes: KeySequences.install(), pasteStart: paste.start, pasteEnd: paste.end)
        // A paste arrives marked, so its letters are text, not hotkeys.
        BracketedPaste.on()
    }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    func draw(_ grid: Grid, cursor: (x: Int, y: Int)?) {
        painter.draw(grid, cursor: cursor)
    }

    /// ncurses has already resized its screen when it sends KEY_RESIZE.
    func didResize() {
        painter.invalidate()
    }

    /// Waits at most `milliseconds` for a key.
    func read(timeout milliseconds: Int32) -> Input {
        wtimeout(window, milliseconds)
        var character: wint_t = 0
        let started = DispatchTime.now()
        let status = wget_wch(window, &character)
        switch status {
        case KEY_CODE_YES:
            instantErrors = 0
            return .event(decoder.decode(keyCode: Int32(bitPattern: character)))
        case OK:
            instantErrors = 0
            return .event(decoder.decode(character: character))
        default:
            return errorOrTimeout(since: started, timeout: milliseconds)
        }
    }

    /// ERR means both "no key in time" and "stdin is gone". A closed stdin
    /// answers at once, every time; a few instant ERRs in a row mean the end,
    /// so the loop never spins at full CPU.
    private func errorOrTimeout(since started: DispatchTime, timeout: Int32) -> Input {
        let elapsed = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        if timeout > 0, elapsed < UInt64(timeout) / 2 {
            instantErrors += 1
            if instantErrors >= 3 || stdinHungUp() { return .closed }
        } else {
            instantErrors = 0
        }
        return .timeout
    }

    private func stdinHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Leaves curses mode: the shell gets its screen and modes back.
    func close() {
        guard isOpen else { return }
        isOpen = false
        endScreenIfActive()
    }
}
