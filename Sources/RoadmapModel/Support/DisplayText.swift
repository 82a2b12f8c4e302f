/// The one rule for text from the data on its way out — to a terminal, a
/// document, the dashboard's grid. The data keeps what was typed; only what
/// is shown changes.
///
/// - Control characters (C0, DEL, and C1 U+0080–U+009F, where U+009B is a
///   terminal's CSI) become «�» (U+FFFD): something was there, and a
///   terminal must never run it.
/// - Bidirectional controls (embeddings and overrides U+202A–U+202E,
///   isolates U+2066–U+2069, the marks U+200E, U+200F, U+061C) become
///   nothing: they are invisible by design, Russian text has no use for
///   them, and left in they reorder the letters around them (a title
///   printed backwards). Without them the text shows in the order typed.
/// - Line breaks and tab become a space on one line (a table cell, a
///   terminal line); formats that hold several lines keep them (`.lines`).
///
/// `roadmap validate` warns about every field that holds either kind.
public enum DisplayText {
    public enum Hazard: Sendable {
        case control
        case bidi
    }

    public enum Layout: Sendable {
        /// One line: line breaks and tab become a space (CRLF one space).
        case line
        /// Several lines: LF, CR and tab stay for the format to handle.
        case lines
    }

    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    private static let controls: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0x9F]
    private static let bidiControls: [ClosedRange<UInt32>] = [0x061C...0x061C, 0x200E...0x200F, 0x202A...0x202E,
                                                              0x2066...0x2069]

    /// What kind of hazard a character is, nil for an ordinary one. Tab and
    /// line breaks are controls here; `Layout` decides what becomes of them.
    public static func hazard(of scalar: Unicode.Scalar) -> Hazard? {
        let value = scalar.value
        if controls.contains(where: { $0.contains(value) }) { return .control }
        if bidiControls.contains(where: { $0.contains(value) }) { return .bidi }
        return nil
    }

    /// The text as it may be shown. Returns the same string when nothing in
    /// it needs changing (the common case); otherwise copies the runs between
    /// hazards as bytes, so one override in a long output costs little.
    public static func neutralised(_ text: String, as layout: Layout = .line) -> String {
        guard needsChange(text, as: layout) else { return text }
        return withBytes(text) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var copied = 0
            var previous: Unicode.Scalar?
            eachHazard(in: bytes, as: layout) { place, scalar in
                out.append(contentsOf: bytes[copied..<place.lowerBound])
                if place.lowerBound != copied { previous = nil }
                switch shown(scalar, after: previous, as: layout) {
                case .kept: out.append(contentsOf: bytes[place])
                case .dropped: break
                case .replaced(let other): UTF8.encode(other) { out.append($0) }
                }
                previous = scalar
                copied = place.upperBound
                return true
            }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The characters `neutralised` would change, in order, each once:
    /// what a warning names.
    public static func hazards(in text: String, as layout: Layout = .lines) -> [Unicode.Scalar] {
        guard needsChange(text, as: layout) else { return [] }
        var seen: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where hazard(of: scalar) != nil && !isKept(scalar, as: layout) {
            if !seen.contains(scalar) { seen.append(scalar) }
        }
        return seen
    }

    private enum Shown {
        case kept, dropped
        case replaced(Unicode.Scalar)
    }

    private static func shown(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, as layout: Layout) -> Shown {
        guard let kind = hazard(of: scalar), !isKept(scalar, as: layout) else { return .kept }
        switch kind {
        case .bidi:
            return .dropped
        case .control where isLineBreakOrTab(scalar):
            // CRLF is one break: its LF adds nothing to the space of the CR.
            return scalar == "\n" && previous == "\r" ? .dropped : .replaced(" ")
        case .control:
            return .replaced(placeholder)
        }
    }

    private static func isKept(_ scalar: Unicode.Scalar, as layout: Layout) -> Bool {
        layout == .lines && isLineBreakOrTab(scalar)
    }

    private static func isLineBreakOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\t"
    }

    /// Whether anything in the text is a hazard.
    static func needsChange(_ text: String, as layout: Layout) -> Bool {
        withBytes(text) { bytes in
            var found = false
            eachHazard(in: bytes, as: layout) { _, _ in
                found = true
                return false
            }
            return found
        }
    }

    private static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static let leadBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for value in (controls + bidiControls).joined() {
            if let scalar = Unicode.Scalar(value), let first = String(scalar).utf8.first { table[Int(first)] = true }
        }
        return table
    }()

    /// Calls `body` with the place and the character of each hazard the
    /// layout does not keep, until it returns false. Bytes are scanned:
    /// only at the first byte of a character of the rule (computed from
    /// its ranges) is a character decoded, so long ASCII and Cyrillic
    /// output passes quickly.
    private static func eachHazard(in bytes: UnsafeBufferPointer<UInt8>, as layout: Layout,
                                   _ body: (Range<Int>, Unicode.Scalar) -> Bool) {
        var i = 0
        while i < bytes.count {
            if leadBytes[Int(bytes[i])], let (scalar, length) = scalar(in: bytes, at: i),
               hazard(of: scalar) != nil, !isKept(scalar, as: layout) {
                guard body(i..<i + length, scalar) else { return }
                i += length
            } else {
                i += 1
            }
        }
    }

    /// The character starting at `index` of valid UTF-8, and its length.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return nil }
        var decoder = UTF8()
        var iterator = bytes[index..<index + length].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, length)
    }
}
