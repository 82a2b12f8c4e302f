import TextWidth

/// The one-line editor on the status line: a prompt and the text being
/// typed; the mark's line has a second field, the day done, and a date
/// not taken says why beside its field.
enum InputLine {
    static let dateLabel = "  дата: "
    /// Room for «12.05.2022» and the cursor after it.
    static let dateWidth = 11
    /// The least a note keeps when a reason stands beside the date.
    static let noteMinimum = 8
    static let example = "например 01.03.2022, 01.03, март, конец четверти"

    static func draw(_ state: AppState, y: Int, into grid: inout Grid) {
        let x = grid.put(state.input.prompt, x: 0, y: y, role: .title)
        switch state.input {
        case .note(let draft):
            let places = self.places(draft, width: grid.width)
            field(draft.editor, x: x, width: places.noteWidth, y: y, focused: !draft.onDate, into: &grid)
            grid.put(dateLabel, x: places.labelX, y: y, role: .muted)
            field(draft.date.editor, x: places.dateX, width: dateWidth, y: y, focused: draft.onDate, into: &grid)
            problem(draft.date.problem, x: places.dateX + dateWidth, y: y, into: &grid)
        case .asOf(let date):
            let width = max(dateWidth, grid.width - x - DisplayWidth.of(date.problem.map { " ✗ \($0)" } ?? ""))
            field(date.editor, x: x, width: width, y: y, into: &grid)
            if date.editor.text.isEmpty, date.problem == nil {
                grid.text(example, x: x + 1, y: y, width: grid.width - x - 1, role: .muted)
            }
            problem(date.problem, x: x + width, y: y, into: &grid)
        default:
            if let editor = state.input.editor { field(editor, x: x, width: grid.width - x, y: y, into: &grid) }
        }
    }

    /// Where the terminal cursor goes while the editor is open.
    static func cursor(_ state: AppState, y: Int) -> (x: Int, y: Int)? {
        guard let editor = state.input.editor else { return nil }
        let x = DisplayWidth.of(state.input.prompt)
        if case .note(let draft) = state.input {
            let places = self.places(draft, width: state.size.width)
            return draft.onDate
                ? (places.dateX + editor.visible(width: dateWidth).cursorColumn, y)
                : (x + editor.visible(width: places.noteWidth).cursorColumn, y)
        }
        return (x + editor.visible(width: state.size.width - x).cursorColumn, y)
    }

    /// The note takes what the prompt, the date and a reason leave.
    private static func places(_ draft: NoteDraft, width: Int) -> (noteWidth: Int, labelX: Int, dateX: Int) {
        let x = DisplayWidth.of(InputMode.note(draft).prompt)
        let reason = draft.date.problem.map { DisplayWidth.of(" ✗ \($0)") } ?? 0
        let note = max(noteMinimum, width - x - DisplayWidth.of(dateLabel) - dateWidth - reason)
        let labelX = x + note
        return (note, labelX, labelX + DisplayWidth.of(dateLabel))
    }

    /// The focused field scrolls to its cursor; the other shows how its
    /// text begins, which is what tells it apart.
    private static func field(_ editor: LineEditor, x: Int, width: Int, y: Int, focused: Bool = true,
                              into grid: inout Grid) {
        grid.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(" ", role: .input))
        let text = focused ? editor.visible(width: width).text : DisplayWidth.truncate(editor.text, to: width)
        grid.put(text, x: x, y: y, role: .input)
    }

    /// «✗ день ещё не наступил …», as much as the line has room for.
    private static func problem(_ problem: String?, x: Int, y: Int, into grid: inout Grid) {
        guard let problem else { return }
        grid.text(" ✗ " + problem, x: x, y: y, width: grid.width - x, role: .error)
    }
}
