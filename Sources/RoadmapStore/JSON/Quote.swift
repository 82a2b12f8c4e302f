/// Shows text from a file inside a message so that nothing in it can hide or
/// break the message: control characters become `\u0000`-style codes.
enum Quote {
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
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
        if lead < 0x20 || lead == 0x7F { return codePoint(UInt32(lead)) }
        return visible(text)
    }
}
