import RoadmapModel

/// The change whose save is under way, kept until `.saved` says how it
/// went. The screen changes before the files do; when the save is refused
/// (no permission, a full disk) the change is taken back from this, so the
/// screen never shows — and a later save never writes — what the user was
/// told is not saved.
struct PendingSave: Sendable {
    enum Kind: Sendable {
        /// A mark: «отметка не сделана».
        case mark
        /// A form, a deletion, a section moved or renumbered: «изменение не сделано».
        case change
        /// `u`: «действие не отменено».
        case undo
    }

    /// How the data was before the change: the touched records only (a
    /// mark, or the undo of one — no copy of the whole data per key press),
    /// or the whole data (an edit of the roadmap, which replaced it anyway).
    enum Before: Sendable {
        case records([ProgressKey: ProgressRecord?])
        case data(RoadmapData)
    }

    var kind: Kind
    var before: Before
    /// The undo list as it was: a refused change leaves no entry, a refused
    /// undo keeps its entry.
    var undo: [UndoEntry]
    var schoolsWithoutFile: Set<String>
    /// The form as the user left it on saving: opened again when the save
    /// is refused, so what was typed is not lost.
    var form: Form?
    /// The timeline's measure and window: an edit moves the selection (to
    /// a new measure, off a deleted one), taking it back moves it back.
    var measure: String?
    var occurrence: Int

    /// Remembers the state as it is now, just before `kind` changes it.
    init(_ kind: Kind, before: Before, _ state: AppState) {
        self.kind = kind
        self.before = before
        self.undo = state.undo
        self.schoolsWithoutFile = state.schoolsWithoutFile
        self.form = nil
        self.measure = state.selectedMeasure?.id
        self.occurrence = state.occurrence
    }
}
