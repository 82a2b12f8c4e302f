import CNcursesw
import RoadmapApp
import TextWidth

/// Sends a frame to the terminal: only the cells that differ from the last
/// frame, then one `doupdate`. Keeping our own previous `Grid` (rather than
/// trusting ncurses alone) means unchanged cells cost nothing at all.
@MainActor
final class GridPainter {
    private var previous: Grid?
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: RolePalette

    init(window: UnsafeMutablePointer<WINDOW>, palette: RolePalette) {
        self.window = window
        self.palette = palette
    }

    /// After a resize the terminal's contents are unknown: repaint everything,
    /// and let ncurses clear the screen once (`clearok`), not every frame.
    func invalidate() {
        previous = nil
        clearok(window, true)
    }

    /// Draws the frame; `cursor` is where the line editor wants the
    /// terminal cursor (nil hides it).
    func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        let width = min(grid.width, Int(getmaxx(window)))
        let height = min(grid.height, Int(getmaxy(window)))
        let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if old == nil { werase(window) }
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = grid[x, y]
                let wide = !cell.isContinuation && DisplayWidth.of(cell.text) == 2 && x + 1 < width
                if changed(x, y, wide: wide, grid, old) { put(cell, x: x, y: y, wide: wide, rowEnd: width) }
                x += wide ? 2 : 1
            }
        }
        previous = grid
        if let cursor, cursor.x < width, cursor.y < height {
            leaveok(window, false)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            leaveok(window, true)
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// A wide glyph counts as changed when either of its two cells did.
    private func changed(_ x: Int, _ y: Int, wide: Bool, _ grid: Grid, _ old: Grid?) -> Bool {
        guard let old else { return true }
        if grid[x, y] != old[x, y] { return true }
        return wide && grid[x + 1, y] != old[x + 1, y]
    }

    private func put(_ cell: Cell, x: Int, y: Int, wide: Bool, rowEnd: Int) {
        let style = palette.entry(for: cell.role)
        let text = WireGlyph.printable(cell, wide: wide)
        var characters = text.glyph
        var cchar = cchar_t()
        setcchar(&cchar, &characters, style.attributes, style.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cchar)
        // The C library thinks this wide glyph is narrow: blank its second
        // cell ourselves, or last frame's character would stay there.
        if wide, text.columns == 1, x + 1 < rowEnd {
            var blank: [wchar_t] = [0x20, 0]
            setcchar(&cchar, &blank, style.attributes, style.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &cchar)
        }
    }
}
