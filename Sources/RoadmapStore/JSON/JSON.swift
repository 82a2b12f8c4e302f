/// A JSON value as the writer produces it: objects keep their keys in the
/// order given, because the data files have a fixed key order that makes
/// them read well by hand and diff cleanly.
public indirect enum JSON: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written (`1`, `-2.5`, `1e3`): the files only
    /// hold small integers, so keeping the text avoids rounding surprises.
    case number(String)
    case string(String)
    case array([JSON])
    case object([Member])

    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSON

        public init(_ key: String, _ value: JSON) {
            self.key = key
            self.value = value
        }
    }

    public static func integer(_ value: Int) -> JSON { .number(String(value)) }

    /// The value of `key` in an object (first occurrence), nil otherwise.
    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// Builds an object from key-value pairs, leaving out the nil ones: optional
/// fields with no value are not written at all (never as `null`).
struct JSONObjectBuilder {
    private(set) var members: [JSON.Member] = []

    mutating func add(_ key: String, _ value: JSON?) {
        if let value { members.append(JSON.Member(key, value)) }
    }

    mutating func add(_ key: String, _ text: String?) {
        add(key, text.map(JSON.string))
    }

    /// Optional lists are left out when empty.
    mutating func addNonEmpty(_ key: String, _ texts: [String]) {
        if !texts.isEmpty { add(key, .array(texts.map(JSON.string))) }
    }

    var json: JSON { .object(members) }
}

extension JSON {
    /// An object written as a literal, keys in the order written:
    /// `.object(["phrase": .string(p), "kind": .string(k)])`.
    public static func object(_ pairs: KeyValuePairs<String, JSON>) -> JSON {
        .object(pairs.map { Member($0.key, $0.value) })
    }
}
