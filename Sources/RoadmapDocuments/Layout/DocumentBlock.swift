/// A printed document as a few kinds of blocks, so the Markdown, HTML and
/// DOCX writers share one layout and differ only in how they spell it.
public enum DocumentBlock: Hashable, Sendable {
    /// The letterhead line above the heading (small, centred).
    case issuer(String)
    /// The document's heading (bold, centred).
    case heading(String)
    /// A heading inside the document («Итоги», «Просроченные мероприятия»).
    case subheading(String)
    case paragraph(String, centered: Bool = false)
    case table(DocumentTable)
    /// «Приложение № 1 к приказу …» in the upper right corner.
    case appendix(String)
    /// The signer's position on the left, initials and surname on the right, one line.
    case signature(position: String, name: String)
    /// «Исполнитель: …, тел. …» at the foot of the last page, small.
    case executor(String)
}

public struct DocumentTable: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var title: String
        /// Relative width: the writers share the page width by these.
        public var weight: Int
        /// Numbers are aligned right.
        public var numeric: Bool

        public init(_ title: String, weight: Int, numeric: Bool = false) {
            self.title = title
            self.weight = weight
            self.numeric = numeric
        }
    }

    public enum RowKind: Hashable, Sendable {
        /// A measure or a plain data row.
        case body
        /// A section title spanning every column: only the first cell is used.
        case section
        /// A sub-row under a measure («- МКОУ СОШ с.п. Урожайное»).
        case detail
        /// A total line, printed bold.
        case total
    }

    public struct Row: Hashable, Sendable {
        public var kind: RowKind
        public var cells: [String]

        public init(_ kind: RowKind, _ cells: [String]) {
            self.kind = kind
            self.cells = cells
        }
    }

    public var columns: [Column]
    /// Hands each row to its argument in order: a report's measures table
    /// makes its rows as the writer takes them rather than holding them.
    private let produce: @Sendable ((Row) -> Void) -> Void
    /// The rows are made as they are written (`RowPipe`), not kept.
    private let madeOnDemand: Bool

    public init(columns: [Column], rows: [Row]) {
        self.columns = columns
        self.produce = { row in rows.forEach(row) }
        self.madeOnDemand = false
    }

    /// A table whose rows are made when it is written, each given to `row`.
    public init(columns: [Column], rows produce: @escaping @Sendable (_ row: (Row) -> Void) -> Void) {
        self.columns = columns
        self.produce = produce
        self.madeOnDemand = true
    }

    /// Every row, made now and kept: for small tables and for checking.
    public var rows: [Row] {
        var rows: [Row] = []
        produce { rows.append($0) }
        return rows
    }

    /// The rows one by one, none kept; a table made on demand makes its
    /// rows on another thread while `body` takes them.
    public func forEachRow(_ body: (Row) -> Void) {
        if madeOnDemand {
            RowPipe.run(produce, body)
        } else {
            produce(body)
        }
    }

    public static func == (a: DocumentTable, b: DocumentTable) -> Bool {
        a.columns == b.columns && a.rows == b.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(rows)
    }
}
