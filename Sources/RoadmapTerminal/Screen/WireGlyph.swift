import CNcursesw
import RoadmapApp
import RoadmapModel

/// What a cell's text becomes on the wire: at most `CCHARW_MAX` wide
/// characters (a spacing one, then combining marks), never a control
/// character, and never wider than the grid thinks it is.
struct WireGlyph: Equatable {
    /// Null-terminated, for `setcchar`.
    var glyph: [wchar_t]
    /// Columns the C library will advance for it.
    var columns: Int

    static let replacement: Unicode.Scalar = "\u{FFFD}"

    static func printable(_ cell: Cell, wide: Bool) -> WireGlyph {
        var scalars = Array(cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)))
        guard let first = scalars.first else { return WireGlyph(glyph: [0x20, 0], columns: 1) }
        // A control character would move the cursor or be drawn as ^X in two
        // cells; text from the data must never do either. The grid has
        // already applied `DisplayText`: this is the last line of defence.
        if DisplayText.hazard(of: first) != nil { scalars = [replacement] }
        var columns = Int(wcwidth(wchar_t(bitPattern: scalars[0].value)))
        // The grid gave this glyph one column but the C library says two:
        // drawing it would push the rest of the row right.
        if !wide, columns != 1 {
            scalars = [replacement]
            columns = 1
        }
        if columns < 1 { columns = 1 }
        return WireGlyph(glyph: scalars.map { wchar_t(bitPattern: $0.value) } + [0], columns: columns)
    }
}
