/// A byte-level JSON parser that remembers where every value and key starts.
///
/// We write our own instead of using Foundation's `JSONSerialization` or
/// `JSONDecoder` because people edit these files by hand, and an error must
/// say `file:line:column` and which record and field is wrong; Foundation
/// gives neither positions nor paths, and it loses the key order the files
/// are written in.
///
/// It works on UTF-8 bytes, never on `Character`s: grapheme breaking would
/// make a 30 MB progress directory take seconds instead of milliseconds.
///
/// A byte-order mark at the very start is accepted and skipped: Windows
/// Notepad adds one when a coordinator saves a file, it is invisible in
/// every editor, and refusing a file for it would only puzzle people. It is
/// not written back.
public enum JSONParser {
    /// Deeper nesting is refused: the files need four levels, and a limit
    /// keeps the recursive parser far from a stack overflow.
    public static let maximumDepth = 200

    public static func parse(_ bytes: [UInt8]) -> JSONParseResult {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    public static func parse(_ text: String) -> JSONParseResult {
        parse(Array(text.utf8))
    }

    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> JSONParseResult {
        var scanner = JSONScanner(buffer)
        do {
            let root = try scanner.parseDocument()
            return JSONParseResult(root: root, errors: scanner.duplicates)
        } catch {
            return JSONParseResult(root: nil, errors: scanner.duplicates + [error])
        }
    }
}
