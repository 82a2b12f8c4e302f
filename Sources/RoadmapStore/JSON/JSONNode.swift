/// Where something starts in a file: 1-based line and column. Columns count
/// Unicode scalars, not bytes, so a position after Cyrillic text points at
/// the same place an editor shows.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// `12:5`
    public var description: String { "\(line):\(column)" }

    /// «строка 12, столбец 5», for messages that point at a second place.
    public var russian: String { "строка \(line), столбец \(column)" }
}

/// A parsed JSON value with the position of its first character: the
/// decoders need it to say `file:line:column` about every field.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// The same value without positions, for comparing with what the writer takes.
    public var plain: JSON {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.plain))
        case .object(let members): return .object(members.map { JSON.Member($0.key, $0.value.plain) })
        }
    }

    /// The member named `key` (the first one: duplicates are reported by the parser).
    public func member(_ key: String) -> JSONMember? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }
}

/// One `"key": value` pair of an object, with the key's own position so an
/// unknown field can be pointed at exactly.
public struct JSONMember: Sendable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: JSONNode

    public init(key: String, keyPosition: SourcePosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
