/// A JSON value that keeps its objects' keys in file order. Foundation's
/// `JSONSerialization` forgets the order, and the data format fixes it, so
/// the style tests read the files with this small parser instead.
indirect enum OrderedJSON: Equatable {
    case object([OrderedJSONMember])
    case array([OrderedJSON])
    case string(String)
    /// Kept as written: the files only hold small integers.
    case number(String)
    case bool(Bool)
    case null

    subscript(key: String) -> OrderedJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// One `"key": value` of an object, in file order.
struct OrderedJSONMember: Equatable {
    var key: String
    var value: OrderedJSON
}

struct OrderedJSONError: Error, CustomStringConvertible {
    var offset: Int
    var message: String
    var description: String { "byte \(offset): \(message)" }
}

extension OrderedJSON {
    static func parse(_ bytes: [UInt8]) throws -> OrderedJSON {
        var reader = Reader(bytes: bytes)
        let value = try reader.value()
        reader.skipSpace()
        guard reader.atEnd else { throw reader.error("text after the value") }
        return value
    }
}

private struct Reader {
    let bytes: [UInt8]
    var at = 0

    var atEnd: Bool { at >= bytes.count }

    func error(_ message: String) -> OrderedJSONError { OrderedJSONError(offset: at, message: message) }

    mutating func skipSpace() {
        while !atEnd, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at += 1 }
    }

    mutating func expect(_ byte: UInt8) throws {
        guard !atEnd, bytes[at] == byte else { throw error("expected \(Character(UnicodeScalar(byte)))") }
        at += 1
    }

    mutating func literal(_ word: String, _ value: OrderedJSON) throws -> OrderedJSON {
        for byte in word.utf8 { try expect(byte) }
        return value
    }

    mutating func value() throws -> OrderedJSON {
        skipSpace()
        guard !atEnd else { throw error("unexpected end") }
        switch bytes[at] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    mutating func object() throws -> OrderedJSON {
        try expect(UInt8(ascii: "{"))
        var members: [OrderedJSONMember] = []
        skipSpace()
        if !atEnd, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(members) }
        while true {
            skipSpace()
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            members.append(OrderedJSONMember(key: key, value: try value()))
            skipSpace()
            if !atEnd, bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            try expect(UInt8(ascii: "}"))
            return .object(members)
        }
    }

    mutating func array() throws -> OrderedJSON {
        try expect(UInt8(ascii: "["))
        var items: [OrderedJSON] = []
        skipSpace()
        if !atEnd, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            if !atEnd, bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            try expect(UInt8(ascii: "]"))
            return .array(items)
        }
    }

    mutating func number() throws -> OrderedJSON {
        let start = at
        while !atEnd, "-+.eE0123456789".utf8.contains(bytes[at]) { at += 1 }
        guard at > start else { throw error("unexpected character") }
        return .number(String(decoding: bytes[start..<at], as: UTF8.self))
    }

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        var utf8: [UInt8] = []
        while true {
            guard !atEnd else { throw error("unterminated string") }
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &utf8)
            case 0..<0x20:
                throw error("control character in a string")
            default:
                utf8.append(byte)
            }
        }
    }

    mutating func escape(into utf8: inout [UInt8]) throws {
        guard !atEnd else { throw error("unterminated escape") }
        let byte = bytes[at]
        at += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let plain = simple[byte] { utf8.append(plain); return }
        guard byte == UInt8(ascii: "u") else { throw error("unknown escape") }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
            try expect(UInt8(ascii: "\\"))
            try expect(UInt8(ascii: "u"))
            code = 0x10000 + ((code - 0xD800) << 10) + (try hex4() - 0xDC00)
        }
        guard let scalar = UnicodeScalar(code) else { throw error("bad \\u escape") }
        utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    mutating func hex4() throws -> UInt32 {
        guard at + 4 <= bytes.count,
              let code = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else {
            throw error("bad \\u escape")
        }
        at += 4
        return code
    }
}
