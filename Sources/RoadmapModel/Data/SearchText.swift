import Foundation

/// The one way text is compared in searches and filters: case-insensitive,
/// `ё` equal to `е`, runs of spaces as one.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е")
        return lowered.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func matches(_ text: String, _ query: String) -> Bool {
        let q = fold(query)
        return q.isEmpty || fold(text).contains(q)
    }
}
