/// A fixed phrase written as words: `a|b` is either word, a trailing `?`
/// makes an element optional and `#` stands for a small number
/// («по итогам каждой? четверти», «#? раз|раза в квартал»). Optional parts
/// are taken greedily, which is all these short phrases need.
struct DeadlinePhrasePattern: Sendable {
    private struct Element: Sendable {
        var forms: Set<String>
        /// `#`: any number from 1 to 99.
        var isNumber: Bool
        /// A number written out in the pattern, like the `1` of «1? раз в год».
        var exactNumber: Int?
        var isOptional: Bool

        func match(_ cursor: inout DeadlineCursor) -> Bool {
            if let exactNumber { return cursor.number(in: exactNumber...exactNumber) != nil }
            if isNumber { return cursor.number(in: 1...99) != nil }
            return cursor.word(forms) != nil
        }
    }

    private let elements: [Element]

    init(_ text: String) {
        elements = text.split(separator: " ").map { part in
            var body = String(part)
            let isOptional = body.hasSuffix("?")
            if isOptional { body.removeLast() }
            let forms = Set(body.split(separator: "|").map(String.init))
            return Element(forms: forms, isNumber: body == "#", exactNumber: Int(body), isOptional: isOptional)
        }
    }

    /// The words this pattern can consume, for repairing OCR damage.
    var words: Set<String> {
        elements.filter { !$0.isNumber && $0.exactNumber == nil }.reduce(into: []) { $0.formUnion($1.forms) }
    }

    /// Consumes the phrase or leaves the cursor where it was.
    func match(_ cursor: inout DeadlineCursor) -> Bool {
        cursor.attempt { c in
            for element in elements {
                if !element.match(&c) && !element.isOptional { return nil }
            }
            return true
        } ?? false
    }
}
