import RoadmapModel
import TextWidth

/// The form laid out as lines, before scrolling: each field's rows, the
/// deadline's reading under it, the problems under their fields. Render and
/// the cursor both read it, so they cannot disagree.
struct FormLines {
    enum Line: Hashable {
        /// Row `row` of field `field`'s value.
        case value(field: Int, row: Int)
        /// A line under a field: the deadline as read, a problem.
        case note(field: Int, text: String, role: Role)
    }

    static let labelWidth = 20

    var lines: [Line] = []

    init(_ form: Form, data: RoadmapData, valueWidth: Int) {
        for (i, field) in form.fields.enumerated() where !field.hidden {
            for row in 0..<FormLines.rows(of: field, width: valueWidth) { lines.append(.value(field: i, row: row)) }
            // Notes wrap under the value: the whole reading of a deadline
            // with many dates must be read, not cut at the form's edge.
            if field.id == .deadline, let reading = MeasureForm.reading(form, data: data) {
                let role: Role = reading.isWarning ? .unscheduled : .muted
                lines += FormLines.wrapped(reading.text, width: valueWidth).map { .note(field: i, text: $0, role: role) }
            }
            for problem in form.problems(of: field.id) {
                lines += FormLines.wrapped("✗ " + problem.message, width: valueWidth).map { .note(field: i, text: $0, role: .error) }
            }
        }
    }

    /// A note in lines of `width`, broken after «; » where it can, so one
    /// period of a reading («01.09.2022 – 30.09.2022») stays on one line.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in text.components(separatedBy: "; ") {
            let joined = line.isEmpty ? piece : line + "; " + piece
            // One column is kept for the «;» the line ends with when it breaks.
            if DisplayWidth.of(joined) < width {
                line = joined
                continue
            }
            if !line.isEmpty { lines.append(line + ";") }
            let rows = Wrap.lines(piece, width: width)
            lines += rows.dropLast()
            line = rows.last ?? ""
        }
        lines.append(line)
        return lines
    }

    static func rows(of field: FormField, width: Int) -> Int {
        switch field.kind {
        case .text(let rows): return rows
        case .choice: return 1
        case .toggles: return FormLines.inline(field, width: width) == nil ? 2 : 1
        }
    }

    /// Every item on one line («[x] ШНОР  [ ] ШНСУ  [x] 500+») when they fit.
    static func inline(_ field: FormField, width: Int) -> [(text: String, index: Int)]? {
        let parts = field.items.enumerated().map { (i, item) in
            ((field.toggled.contains(i) ? "[x] " : "[ ] ") + item, i)
        }
        let total = parts.reduce(0) { $0 + DisplayWidth.of($1.0) + 2 }
        return total <= width ? parts.map { (text: $0.0, index: $0.1) } : nil
    }

    /// The first line to show in `height` rows so the focused field (and
    /// the notes under it) are on screen.
    func scroll(focused: Int, height: Int) -> Int {
        guard lines.count > height else { return 0 }
        let mine = lines.indices.filter { lines[$0].field == focused }
        guard let first = mine.first, let last = mine.last else { return 0 }
        let top = max(0, last - height + 1)
        return min(first, max(top, 0), lines.count - height)
    }
}

extension FormLines.Line {
    var field: Int {
        switch self {
        case .value(let field, _), .note(let field, _, _): return field
        }
    }
}

/// A text field wrapped over several rows by columns — at spaces where a
/// word fits, inside a word only when it is longer than a row — the
/// cursor's place in it, and which rows to show so the cursor stays in sight.
enum WrappedText {
    static func layout(_ editor: LineEditor, width: Int, rows: Int) -> (lines: [String], cursor: (row: Int, column: Int)) {
        guard width > 0 else { return ([], (0, 0)) }
        let characters = editor.characters
        let starts = lineStarts(characters, width: width)
        let lines = starts.indices.map { i in
            String(characters[starts[i]..<(i + 1 < starts.count ? starts[i + 1] : characters.count)])
        }
        // The cursor goes on the last line starting at or before it.
        var row = starts.lastIndex { $0 <= editor.cursor } ?? 0
        var column = DisplayWidth.of(String(characters[starts[row]..<editor.cursor]))
        var shown = lines
        if column >= width {
            shown.append("")
            row += 1
            column = 0
        }
        let first = max(0, row - rows + 1)
        return (Array(shown[first..<min(shown.count, first + rows)]), (row - first, column))
    }

    /// Where each line starts, as character indices.
    static func lineStarts(_ characters: [Character], width: Int) -> [Int] {
        var starts = [0]
        var used = 0
        var lastSpace: Int?
        for (i, c) in characters.enumerated() {
            let w = DisplayWidth.of(c)
            if used + w > width, i > starts[starts.count - 1] {
                if let space = lastSpace, space + 1 < i {
                    starts.append(space + 1)
                    used = DisplayWidth.of(String(characters[(space + 1)..<i]))
                } else {
                    starts.append(i)
                    used = 0
                }
                lastSpace = nil
            }
            used += w
            if c == " " { lastSpace = i }
        }
        return starts
    }
}
