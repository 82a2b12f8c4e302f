/// Mapping 256-colour numbers to what a smaller terminal has, by distance in
/// RGB to the xterm palette. Themes can do better with `fallback8`; this is
/// the safety net for the colours they did not name.
extension ThemeColor {
    public func reduced(toColors colors: Int) -> ThemeColor {
        guard case .indexed(let index) = self, index >= colors else { return self }
        guard colors >= 8 else { return .terminalDefault }
        let target = ThemeColor.rgb(of: index)
        // A grey must stay a grey: by plain distance a mid grey is nearer
        // to yellow than to white.
        let isGrey = max(target.0, target.1, target.2) - min(target.0, target.1, target.2) < 40
        let candidates: [Int] = switch (isGrey, colors >= 16) {
        case (true, true): [0, 7, 8, 15]
        case (true, false): [0, 7]
        case (false, true): Array(0..<16)
        case (false, false): Array(0..<8)
        }
        let nearest = candidates.min { ThemeColor.distance(ThemeColor.rgb(of: $0), target)
            < ThemeColor.distance(ThemeColor.rgb(of: $1), target) }
        return .indexed(nearest ?? 7)
    }

    /// xterm's default palette: 16 system colours, the 6×6×6 cube, 24 greys.
    static func rgb(of index: Int) -> (Int, Int, Int) {
        let system = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
                      (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                      (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
                      (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        switch index {
        case 0..<16: return system[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let n = index - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
