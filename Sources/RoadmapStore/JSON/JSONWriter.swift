import RoadmapModel

/// Writes JSON the way the data files are kept: two-space indentation, keys
/// in the order given, Cyrillic as is, a final newline. The same value
/// always gives the same bytes, which is what lets `save` skip files that
/// did not change and keeps diffs small.
public enum JSONWriter {
    /// What is written as a `\u` escape beside what JSON requires.
    public enum Escaping: Sendable {
        /// Data files: the text exactly as typed.
        case required
        /// Output for a terminal or a script: also DEL, C1 and the bidi
        /// controls (`DisplayText.hazard`), so the value comes through whole
        /// and a terminal showing it is not driven by it.
        case display
    }

    public static func bytes(_ value: JSON, escaping: Escaping = .required) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, indent: 0, escaping, into: &out)
        out.append(0x0A)
        return out
    }

    public static func string(_ value: JSON, escaping: Escaping = .required) -> String {
        String(decoding: bytes(value, escaping: escaping), as: UTF8.self)
    }

    private static func write(_ value: JSON, indent: Int, _ escaping: Escaping, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, escaping, into: &out)
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
                newlineIndent(indent + 1, into: &out)
                write(item, indent: indent + 1, escaping, into: &out)
            }
            out.append(0x0A)
            newlineIndent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
                newlineIndent(indent + 1, into: &out)
                writeString(member.key, escaping, into: &out)
                out.append(UInt8(ascii: ":"))
                out.append(0x20)
                write(member.value, indent: indent + 1, escaping, into: &out)
            }
            out.append(0x0A)
            newlineIndent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newlineIndent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    /// Escapes only what JSON requires: `"`, `\` and control characters
    /// (`\n`, `\t`, else `\u00XX`). Everything else, Cyrillic included, is
    /// written as its UTF-8 bytes so the file reads well by hand.
    private static func writeString(_ text: String, _ escaping: Escaping, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if escaping == .display, !DisplayText.hazards(in: text, as: .lines).isEmpty {
            for scalar in text.unicodeScalars {
                if scalar.value >= 0x7F, DisplayText.hazard(of: scalar) != nil {
                    out.append(contentsOf: "\\u".utf8)
                    out.append(contentsOf: Quote.hex(scalar.value).lowercased().utf8)
                } else {
                    for byte in String(scalar).utf8 { writeByte(byte, into: &out) }
                }
            }
        } else if text.utf8.contains(where: needsEscape) {
            for byte in text.utf8 { writeByte(byte, into: &out) }
        } else {
            // Most text needs no escape at all: copied whole, not byte by byte.
            out.append(contentsOf: text.utf8)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func writeByte(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20:
            out.append(contentsOf: "\\u00".utf8)
            out.append(contentsOf: Quote.hex(UInt32(byte), width: 2).lowercased().utf8)
        default: out.append(byte)
        }
    }
}
