import RoadmapModel

/// Shows text from a file inside a message so that nothing in it can hide or
/// break the message: what `DisplayText` neutralises (C0, DEL and C1, where
/// U+009B is a terminal's CSI; the bidi controls) becomes a `\u0000`-style
/// code — a message names the character — and a very long value is cut
/// (a 10,000-character id once made a 20 KB message line).
enum Quote {
    static let limit = 80

    static func visible(_ text: String) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                out += "… (всего символов: \(text.unicodeScalars.count))"
                break
            }
            count += 1
            if DisplayText.hazard(of: scalar) != nil {
                out += "\\u" + hex(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func hex(_ value: UInt32, width: Int = 4) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func codePoint(_ value: UInt32) -> String { "U+" + hex(value) }

    /// The (valid) character starting at `offset`, made visible.
    static func character(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(offset + length, bytes.count)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        if lead < 0x80, DisplayText.hazard(of: Unicode.Scalar(lead)) != nil { return codePoint(UInt32(lead)) }
        return visible(text)
    }
}
