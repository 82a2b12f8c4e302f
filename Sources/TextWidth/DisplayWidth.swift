import RoadmapModel

/// Terminal column widths, from a table generated from Unicode's own data
/// (`WidthTable`) rather than the process locale's `wcwidth`, so the screen,
/// the command line's tables and the tests give the same answer everywhere.
public enum DisplayWidth {
    /// One character as the user sees it: its first scalar decides, but a
    /// wide scalar anywhere in it (an emoji modifier, a joined emoji) or
    /// the emoji presentation selector (U+FE0F, «☀️») makes it two.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for (i, scalar) in character.unicodeScalars.enumerated() {
            let w = of(scalar)
            if i == 0 { width = w } else if w == 2 || scalar.value == 0xFE0F { width = 2 }
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    public static func of(_ text: Substring) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// A control is measured as what `DisplayText` shows for it (a «�» or
    /// a space, one column; a bidi control, nothing), so text cut to fit
    /// before it is drawn still fits once drawn.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch DisplayText.hazard(of: scalar) {
        case .control?: return 1
        case .bidi?: return 0
        case nil: break
        }
        if v < 0x300 { return 1 }
        if contains(WidthTable.zero, v) { return 0 }
        if contains(WidthTable.wide, v) { return 2 }
        return 1
    }

    /// Binary search over sorted, disjoint ranges.
    private static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0, high = table.count
        while low < high {
            let mid = (low + high) / 2
            if table[mid].upperBound < v { low = mid + 1 } else { high = mid }
        }
        return low < table.count && table[low].contains(v)
    }

    /// Cuts text to at most `width` columns, ending with «…» when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}
