/// The parser's state: the bytes, where it is, and the line bookkeeping that
/// turns a byte offset into a line and a column counted in characters.
struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    /// Offset of the first byte of the current line.
    private var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `index`: the column
    /// in characters is the byte distance minus these. They can only occur
    /// inside strings, which count them as they go, so no position ever
    /// needs a rescan of its line.
    private var continuations = 0
    /// Duplicate keys found so far; they do not stop parsing.
    private(set) var duplicates: [JSONSyntaxError] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Document

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        try skipWhitespace()
        guard index < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd, at: position, "нет ни одного значения JSON")
        }
        let root = try parseValue(depth: 0)
        try skipWhitespace()
        if index < bytes.count {
            throw try unexpected("после конца JSON ничего не должно быть", kind: .trailingContent)
        }
        return root
    }

    // MARK: Positions

    private var position: SourcePosition {
        SourcePosition(line: line, column: index - lineStart - continuations + 1)
    }

    private mutating func skipWhitespace() throws(JSONSyntaxError) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                continuations = 0
            default:
                return
            }
        }
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd, at: position, "файл обрывается: ожидалось значение")
        }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return JSONNode(.object(try parseObject(depth: depth + 1)), at: start)
        case UInt8(ascii: "["):
            return JSONNode(.array(try parseArray(depth: depth + 1)), at: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        default:
            throw try unexpected("ожидалось значение")
        }
    }

    private mutating func enter(depth: Int) throws(JSONSyntaxError) {
        if depth > JSONParser.maximumDepth {
            throw JSONSyntaxError(.tooDeep, at: position,
                                  "вложенность глубже \(JSONParser.maximumDepth) уровней")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
        try enter(depth: depth)
        let open = position
        index += 1
        var members: [JSONMember] = []
        try skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            guard index < bytes.count else { throw unclosed("объект", "}", open) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}"), !members.isEmpty {
                    throw JSONSyntaxError(.unexpectedCharacter, at: position, "лишняя запятая перед «}»")
                }
                throw try unexpected("ожидалось имя поля в кавычках")
            }
            let keyPosition = position
            let key = try parseString()
            try skipWhitespace()
            guard index < bytes.count else { throw unclosed("объект", "}", open) }
            guard bytes[index] == UInt8(ascii: ":") else { throw try unexpected("ожидалось «:» после имени поля") }
            index += 1
            try skipWhitespace()
            let value = try parseValue(depth: depth)
            if let first = members.first(where: { $0.key == key }) {
                duplicates.append(JSONSyntaxError(
                    .duplicateKey, at: keyPosition,
                    "поле «\(Quote.visible(key))» повторяется в одном объекте (первое — \(first.keyPosition.russian))"))
            } else {
                members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            }
            try skipWhitespace()
            guard index < bytes.count else { throw unclosed("объект", "}", open) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                try skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                return members
            default:
                throw try unexpected("ожидалась «,» или «}»")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
        try enter(depth: depth)
        let open = position
        index += 1
        var items: [JSONNode] = []
        try skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return items
        }
        while true {
            guard index < bytes.count else { throw unclosed("список", "]", open) }
            if bytes[index] == UInt8(ascii: "]"), !items.isEmpty {
                throw JSONSyntaxError(.unexpectedCharacter, at: position, "лишняя запятая перед «]»")
            }
            items.append(try parseValue(depth: depth))
            try skipWhitespace()
            guard index < bytes.count else { throw unclosed("список", "]", open) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                try skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                return items
            default:
                throw try unexpected("ожидалась «,» или «]»")
            }
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for offset in 0..<count {
            guard index < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd, at: position, "файл обрывается посреди значения")
            }
            guard bytes[index] == start[offset] else { throw try unexpected("ожидалось значение") }
            index += 1
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        let startPosition = position
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func bad() -> JSONSyntaxError {
            JSONSyntaxError(.invalidNumber, at: startPosition, "неверное число")
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw bad() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw JSONSyntaxError(.invalidNumber, at: startPosition, "число не может начинаться с нуля") }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw bad() }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw bad() }
            while isDigit(index) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = position
        index += 1
        var segmentStart = index
        // Only strings with escapes are copied byte by byte; the rest are
        // decoded straight from the file's bytes.
        var unescaped: [UInt8]? = nil
        while true {
            guard index < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd, at: position, "файл обрывается внутри строки, начатой: \(open.russian)")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                if unescaped == nil { unescaped = [] }
                unescaped!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                try parseEscape(into: &unescaped!)
                segmentStart = index
            } else if byte < 0x20 {
                if byte == 0 { throw nul() }
                throw JSONSyntaxError(.controlCharacter, at: position,
                                      "управляющий символ \(Quote.codePoint(UInt32(byte))) внутри строки: запишите его как \\n, \\t или \\u00XX")
            } else if byte < 0x80 {
                index += 1
            } else {
                let length = try utf8SequenceLength(at: index)
                continuations += length - 1
                index += length
            }
        }
        let tail = UnsafeBufferPointer(rebasing: bytes[segmentStart..<index])
        index += 1
        guard var unescaped else { return String(decoding: tail, as: UTF8.self) }
        unescaped.append(contentsOf: tail)
        return String(decoding: unescaped, as: UTF8.self)
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let start = position
        index += 1
        guard index < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd, at: position, "файл обрывается посреди escape-последовательности")
        }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(start: start)
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            index -= 1
            if byte >= 0x80 { _ = try utf8SequenceLength(at: index) }
            throw JSONSyntaxError(.invalidEscape, at: start,
                                  "недопустимая escape-последовательность «\\\(Quote.character(at: index, in: bytes))»")
        }
    }

    /// `\uXXXX`, joining a surrogate pair into one character.
    private mutating func parseUnicodeEscape(start: SourcePosition) throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try hex4(start: start)
        if (0xDC00...0xDFFF).contains(high) {
            throw JSONSyntaxError(.invalidEscape, at: start, "непарный суррогат \\u\(Quote.hex(high)) в escape-последовательности")
        }
        guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high)! }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw JSONSyntaxError(.invalidEscape, at: start, "непарный суррогат \\u\(Quote.hex(high)) в escape-последовательности")
        }
        index += 2
        let low = try hex4(start: start)
        guard (0xDC00...0xDFFF).contains(low) else {
            throw JSONSyntaxError(.invalidEscape, at: start, "непарный суррогат \\u\(Quote.hex(high)) в escape-последовательности")
        }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }

    private mutating func hex4(start: SourcePosition) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd, at: position, "файл обрывается посреди escape-последовательности")
            }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw JSONSyntaxError(.invalidEscape, at: start, "после \\u нужны четыре шестнадцатеричные цифры")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: UTF-8

    /// Length of the well-formed UTF-8 sequence starting at `at` (a byte
    /// ≥ 0x80), or an `invalidUTF8` error pointing at it. Follows the
    /// Unicode table of well-formed sequences: no overlongs, no surrogates.
    private func utf8SequenceLength(at start: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[start]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw invalidUTF8(at: start)
        }
        guard start + length <= bytes.count else { throw invalidUTF8(at: start) }
        let second = bytes[start + 1]
        guard second >= low, second <= high else { throw invalidUTF8(at: start) }
        for i in 2..<max(2, length) where bytes[start + i] & 0xC0 != 0x80 {
            throw invalidUTF8(at: start)
        }
        return length
    }

    private func invalidUTF8(at offset: Int) -> JSONSyntaxError {
        let shown = bytes[offset..<min(offset + 4, bytes.count)].map { "0x" + Quote.hex(UInt32($0), width: 2) }
        var where_ = position
        where_.column += offset - index
        return JSONSyntaxError(.invalidUTF8, at: where_,
                               "недопустимая последовательность UTF-8 (\(shown.joined(separator: " "))): файл должен быть в кодировке UTF-8")
    }

    // MARK: Errors

    private func nul() -> JSONSyntaxError {
        JSONSyntaxError(.nulByte, at: position, "нулевой байт (NUL): это не текстовый файл или он повреждён")
    }

    private func unclosed(_ what: String, _ bracket: String, _ open: SourcePosition) -> JSONSyntaxError {
        JSONSyntaxError(.unexpectedEnd, at: position, "файл обрывается: \(what), открытый в \(open.russian), не закрыт «\(bracket)»")
    }

    /// An error for the byte at `index`: a NUL, broken UTF-8, or a character
    /// that does not belong here, shown as it looks.
    private func unexpected(_ expectation: String,
                            kind: JSONSyntaxError.Kind = .unexpectedCharacter) throws(JSONSyntaxError) -> JSONSyntaxError {
        let byte = bytes[index]
        if byte == 0 { return nul() }
        if byte >= 0x80 { _ = try utf8SequenceLength(at: index) }
        return JSONSyntaxError(kind, at: position,
                               "\(expectation), а встретилось «\(Quote.character(at: index, in: bytes))»")
    }
}
