import RoadmapModel
import TextWidth

/// A rectangle of the screen, in terminal columns and rows.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
}

/// One terminal cell. A wide character occupies its cell and the next,
/// whose `text` is empty (a continuation cell), so a diff never leaves half
/// of a wide glyph behind.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String = " ", role: Role = .normal) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

/// The whole frame in memory: render draws into it, tests read it, the
/// terminal backend diffs it against the previous frame.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes text from (x, y), clipped to `limit` columns of the row and to
    /// the grid; returns the number of columns written. A wide character
    /// that does not fit whole is not written. Every text on the screen
    /// passes here, so this is where `DisplayText` makes it safe to show.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in DisplayText.neutralised(text) {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > end { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(String(character), role: role)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = Cell("", role: role)
                }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Paints the roles of a run of cells without changing their text.
    public mutating func paint(_ rect: Rect, role: Role) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].role = role }
        }
    }

    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x] = cell }
        }
    }

    /// The text of one row, continuation cells skipped: what a person reads.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += self[x, y].text }
        return s
    }

    /// Every row, for tests and snapshots.
    public var lines: [String] { (0..<height).map(line) }

    /// Overwriting either half of a wide glyph blanks its other half.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = .blank
        } else if x + 1 < width, self[x + 1, y].isContinuation, DisplayWidth.of(cell.text) == 2 {
            self[x + 1, y] = .blank
        }
    }
}
