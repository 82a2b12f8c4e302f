/// The one byte layout of a data file, as the format describes it: two-space
/// indentation, `"key": value`, one member or item per line, `{}` and `[]`
/// for empty ones, Cyrillic as is (only `"`, `\` and control characters are
/// escaped), and a final newline. A file is canonical when printing what was
/// parsed from it gives back the same bytes.
enum CanonicalJSON {
    static func text(_ value: OrderedJSON) -> String {
        var out = ""
        write(value, indent: "", to: &out)
        return out + "\n"
    }

    private static func write(_ value: OrderedJSON, indent: String, to out: inout String) {
        let inner = indent + "  "
        switch value {
        case .object(let members) where members.isEmpty: out += "{}"
        case .array(let items) where items.isEmpty: out += "[]"
        case .object(let members):
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += inner + quoted(member.key) + ": "
                write(member.value, indent: inner, to: &out)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        case .array(let items):
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                write(item, indent: inner, to: &out)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .string(let text): out += quoted(text)
        case .number(let digits): out += digits
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
