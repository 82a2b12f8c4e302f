import Foundation

/// Bytes to text for the readers: UTF-8 only (the documents are converted
/// with it), a byte-order mark dropped, and a clear error at the line
/// where the bytes stop being UTF-8.
enum TextDecoding {
    static func string(_ data: Data, file: String) throws(ImportError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            if text.unicodeScalars.contains(where: { $0.value == 0 }) {
                throw ImportError(file: file, line: line(ofOffset: bytes.firstIndex(of: 0) ?? 0, in: bytes),
                                  "это не текст: в файле есть нулевые байты (двоичный файл?)")
            }
            return text
        }
        let bad = firstInvalidOffset(bytes)
        throw ImportError(file: file, line: line(ofOffset: bad, in: bytes),
                          "файл не в кодировке UTF-8 (байт \(bad + 1)); сохраните документ как текст UTF-8, CSV UTF-8 или DOCX")
    }

    static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The first byte where decoding fails: grows a prefix until it breaks.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return index }
            index += length
        }
        return index
    }
}
