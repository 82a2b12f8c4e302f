/// Why a file is not valid JSON, and where.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        case unexpectedEnd
        case unexpectedCharacter
        case invalidEscape
        case invalidUTF8
        case nulByte
        case controlCharacter
        case invalidNumber
        case tooDeep
        case duplicateKey
        case trailingContent
    }

    public var kind: Kind
    public var position: SourcePosition
    /// In Russian, without the position: `ожидалась «,» или «}», а встретилось «x»`.
    public var message: String

    public init(_ kind: Kind, at position: SourcePosition, _ message: String) {
        self.kind = kind
        self.position = position
        self.message = message
    }

    public var description: String { "\(position): \(message)" }
}

/// What parsing gave: the tree when the text is well-formed, and every
/// error. Duplicate keys do not stop the parser (the rest of the file is
/// still worth checking), so `root` may come with errors.
public struct JSONParseResult: Sendable {
    public var root: JSONNode?
    public var errors: [JSONSyntaxError]
}
