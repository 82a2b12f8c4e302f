/// Repairs OCR damage in words the grammar does not know: a word close to
/// exactly one known word (by edit distance) is read as that word, and two
/// unknown neighbours are tried as one word split by a stray space
/// («те тепие» → «течение»). Short words are never repaired: «июня» and
/// «июля» differ by one letter, and a wrong month is worse than none.
enum DeadlineSpelling {
    /// Edits allowed for a word of this length: none below five letters,
    /// one up to six, two from seven.
    static func allowedEdits(forLength length: Int) -> Int {
        length >= 7 ? 2 : (length >= 5 ? 1 : 0)
    }

    static func repaired(_ tokens: [DeadlineToken]) -> [DeadlineToken] {
        var result: [DeadlineToken] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard let word = unknownWord(token) else {
                result.append(token); i += 1; continue
            }
            let next = i + 1 < tokens.count ? unknownWord(tokens[i + 1]) : nil
            let joined = next.map { word + $0 }
            let joinedOriginal = next.map { _ in token.original + " " + tokens[i + 1].original }
            if let joined, let original = joinedOriginal, DeadlineVocabulary.known.contains(joined) {
                result.append(DeadlineToken(kind: .word(joined), original: original)); i += 2
            } else if let fixed = closestKnown(word) {
                result.append(DeadlineToken(kind: .word(fixed), original: token.original)); i += 1
            } else if let joined, let original = joinedOriginal, let fixed = closestKnown(joined) {
                result.append(DeadlineToken(kind: .word(fixed), original: original)); i += 2
            } else {
                result.append(token); i += 1
            }
        }
        return result
    }

    private static func unknownWord(_ token: DeadlineToken) -> String? {
        guard let word = token.word, !DeadlineVocabulary.known.contains(word),
              DeadlineVocabulary.roman(word) == nil else { return nil }
        return word
    }

    /// Known words by length, as characters, built once.
    private static let knownByLength: [Int: [(word: String, chars: [Character])]] = {
        var table: [Int: [(word: String, chars: [Character])]] = [:]
        for word in DeadlineVocabulary.known.sorted() {
            table[word.count, default: []].append((word, Array(word)))
        }
        return table
    }()

    /// The known word nearest to `word` within the allowed edits, if the
    /// nearest ones all mean the same thing.
    static func closestKnown(_ word: String) -> String? {
        let chars = Array(word)
        let limit = allowedEdits(forLength: chars.count)
        guard limit > 0 else { return nil }
        var best: [String] = []
        var bestDistance = limit + 1
        for length in (chars.count - limit)...(chars.count + limit) {
            for candidate in knownByLength[length] ?? [] {
                let cap = min(bestDistance, allowedEdits(forLength: candidate.chars.count))
                guard cap > 0, let d = distance(chars, candidate.chars, limit: cap) else { continue }
                if d < bestDistance { best = [candidate.word]; bestDistance = d } else if d == bestDistance { best.append(candidate.word) }
            }
        }
        guard let first = best.first,
              Set(best.map(DeadlineVocabulary.meaning(of:))).count == 1 else { return nil }
        return first
    }

    /// Levenshtein distance, or nil as soon as it must exceed `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
