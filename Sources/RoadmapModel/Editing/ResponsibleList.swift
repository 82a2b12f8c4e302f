import Foundation

/// The responsible field as people type it: one per line or separated by
/// «;». Commas stay inside an entry: «Отдел общего образования, ИМЦ» is
/// often one unit's name in the documents.
public enum ResponsibleList {
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// How the form shows a list in its one-line field.
    public static func join(_ entries: [String]) -> String { entries.joined(separator: "; ") }
}
