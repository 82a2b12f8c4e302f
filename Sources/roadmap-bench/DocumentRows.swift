import Foundation

/// The documents as rows of the table `roadmap-bench run` prints: the same
/// commands `roadmap-bench documents` times, on the region of that size.
extension DocumentTimings {
    static func rows(_ context: CommandContext) throws -> [CommandRow] {
        try documents.map { document in
            let file = context.root.deletingLastPathComponent().appendingPathComponent("bench-out." + document.fileExtension)
            defer { try? FileManager.default.removeItem(at: file) }
            let arguments = [context.roadmap] + document.arguments + ["--data", context.root.path, "-o", file.path]
                + (document.dated ? ["--as-of", context.asOf.iso] : [])
            let runs = try (0..<context.runs).map { _ in try context.run(arguments) }
            return CommandRow(rowName(document), runs)
        }
    }

    static func rowName(_ document: Document) -> String { "`\(document.arguments.joined(separator: " "))`" }

    /// Whether a row of the table is a document's.
    static func isDocument(_ name: String) -> Bool { documents.contains { rowName($0) == name } }
}
