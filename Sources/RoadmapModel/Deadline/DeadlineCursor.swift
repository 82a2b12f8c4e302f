/// A position in a phrase's tokens. Rules move it forward when they match
/// and leave it where it was when they do not (`attempt`).
struct DeadlineCursor {
    let tokens: [DeadlineToken]
    private(set) var index = 0

    init(_ tokens: [DeadlineToken]) {
        self.tokens = tokens
    }

    var isAtEnd: Bool { index >= tokens.count }

    var next: DeadlineToken? { isAtEnd ? nil : tokens[index] }

    /// Runs a rule; if it fails, the cursor goes back to where it was.
    mutating func attempt<T>(_ rule: (inout DeadlineCursor) -> T?) -> T? {
        let saved = index
        if let result = rule(&self) { return result }
        index = saved
        return nil
    }

    mutating func advance() { index += 1 }

    /// Consumes one word from `forms`.
    @discardableResult
    mutating func word(_ forms: Set<String>) -> String? {
        guard let w = next?.word, forms.contains(w) else { return nil }
        index += 1
        return w
    }

    mutating func word(_ form: String) -> Bool {
        word([form]) != nil
    }

    /// Consumes a run of words exactly as written in `phrase`.
    mutating func words(_ phrase: String) -> Bool {
        attempt { cursor in
            phrase.split(separator: " ").allSatisfy { cursor.word(String($0)) } ? true : nil
        } ?? false
    }

    mutating func number(in range: ClosedRange<Int>, digits: ClosedRange<Int> = 1...2) -> Int? {
        guard case .number(let value, let count)? = next?.kind,
              range.contains(value), digits.contains(count) else { return nil }
        index += 1
        return value
    }

    /// «12.00», «18:00 ч», «12.00 часов», «12 часов», «10 ч 30 мин»: a time
    /// of day with its unit; a bare number needs the unit to be a time.
    mutating func time() -> Bool {
        attempt { c -> Bool? in
            if case .time? = c.next?.kind {
                c.index += 1
                _ = c.word(DeadlineCursor.hourWords)
                return true
            }
            guard c.number(in: 0...23) != nil, c.word(DeadlineCursor.hourWords) != nil else { return nil }
            _ = c.attempt { m -> Bool? in
                m.number(in: 0...59) != nil && m.word(["мин", "минут"]) != nil ? true : nil
            }
            return true
        } ?? false
    }

    static let hourWords: Set<String> = ["ч", "час", "часа", "часов"]

    mutating func dash() -> Bool {
        guard next?.kind == .dash else { return false }
        index += 1
        return true
    }

    mutating func slash() -> Bool {
        guard next?.kind == .slash else { return false }
        index += 1
        return true
    }

    mutating func separator() -> Bool {
        guard next?.kind == .separator else { return false }
        index += 1
        return true
    }

    /// The text as written of the tokens from `start` up to here.
    func original(from start: Int) -> String {
        tokens[start..<index].map(\.original).joined(separator: " ")
    }
}
