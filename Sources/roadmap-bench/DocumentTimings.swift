/// The command-level rows of the documents (`report --format docx|html|md|csv`,
/// `calendar`): a hook of the table `run` prints,
/// called once per size with the region and the `roadmap` executable.
/// Empty here; the document rows are added in this file.
enum DocumentTimings {
    static func rows(_ context: CommandContext) throws -> [CommandRow] {
        []
    }
}
