/// Reads a printed deadline cell into a `Deadline`.
public enum DeadlineParser {
    public static func parse(_ phrase: String, in context: DeadlineContext) -> Deadline {
        Deadline(phrase: phrase, kind: .unrecognized)
    }
}
