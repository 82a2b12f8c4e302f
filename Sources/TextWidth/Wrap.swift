/// Breaks text into lines of at most `width` columns, at spaces where it
/// can and inside a word only when the word alone is too long.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var w = DisplayWidth.of(word)
                if used > 0, used + 1 + w > width {
                    lines.append(line); line = ""; used = 0
                }
                while w > width {
                    let (head, rest) = split(word, at: width - used)
                    lines.append(line + head); line = ""; used = 0
                    word = rest; w = DisplayWidth.of(rest)
                }
                if used > 0 { line += " "; used += 1 }
                line += word; used += w
            }
            lines.append(line)
        }
        return lines
    }

    private static func split(_ word: String, at columns: Int) -> (String, String) {
        var head = "", used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = DisplayWidth.of(word[index])
            if used + w > columns, !head.isEmpty { break }
            head.append(word[index]); used += w
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
