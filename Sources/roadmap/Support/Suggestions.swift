import RoadmapModel

/// «Did you mean …»: the valid choices closest to what was typed.
enum Suggestions {
    static func closest(to typed: String, among choices: [String], limit: Int = 3) -> [String] {
        let needle = SearchText.fold(typed)
        let scored = choices.map { choice -> (String, Int) in
            let folded = SearchText.fold(choice)
            let distance = folded.hasPrefix(needle) || folded.contains(needle) ? 0 : editDistance(needle, folded)
            return (choice, distance)
        }
        let threshold = max(2, needle.count / 2)
        return scored.filter { $0.1 <= threshold }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.compare(numbering: $1.0) }
            .prefix(limit).map(\.0)
    }

    /// How many choices are few enough to name them all.
    static let listedInFull = 10

    /// «; возможно: 2.4, 2.10». Few choices (the schools of a district) are
    /// all named, the closest first, so the right one is always in sight;
    /// of many, the closest and how many more, with `whereListed` — the
    /// place that lists them («см. roadmap list»).
    static func hint(for typed: String, among choices: [String], whereListed: String? = nil) -> String {
        if choices.isEmpty { return "" }
        // Nothing typed is close to everything: no guess, just the choices.
        let close = typed.isEmpty ? [] : closest(to: typed, among: choices)
        let pointer = whereListed.map { ", \($0)" } ?? ""
        if choices.count <= listedInFull {
            if close.isEmpty { return "; есть: " + choices.joined(separator: ", ") }
            let others = choices.filter { !close.contains($0) }
            return "; возможно: " + close.joined(separator: ", ")
                + (others.isEmpty ? "" : "; остальные: " + others.joined(separator: ", "))
        }
        if close.isEmpty { return "; всего: \(choices.count)\(pointer)" }
        return "; возможно: " + close.joined(separator: ", ") + " … и ещё \(choices.count - close.count)\(pointer)"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
