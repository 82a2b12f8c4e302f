import RoadmapModel
@testable import RoadmapApp

/// Sends keys as the terminal backend would and collects the effects.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { App.update(&state, .key($0)) }
}

/// Types text into whatever has the keyboard.
@discardableResult
func type(_ state: inout AppState, _ text: String) -> [Effect] {
    text.flatMap { App.update(&state, .key(.character($0))) }
}

extension Grid {
    /// The cell position where `text` starts, reading cells left to right.
    func find(_ text: String, from startRow: Int = 0) -> (x: Int, y: Int)? {
        let needle = Array(text)
        for y in startRow..<height {
            var chars: [(Character, Int)] = []
            for x in 0..<width where !self[x, y].isContinuation {
                chars.append((Character(self[x, y].text), x))
            }
            guard chars.count >= needle.count else { continue }
            for i in 0...(chars.count - needle.count)
            where (0..<needle.count).allSatisfy({ chars[i + $0].0 == needle[$0] }) {
                return (chars[i].1, y)
            }
        }
        return nil
    }

    func contains(_ text: String) -> Bool { find(text) != nil }

    /// The text of columns `x..<x+count` of a row.
    func text(x: Int, y: Int, count: Int) -> String {
        (x..<min(width, x + count)).map { self[$0, y].text }.joined()
    }

    /// Cells of a row holding this glyph, from column `x` on.
    func cells(_ glyph: String, row y: Int, from x: Int = 0) -> [Cell] {
        (x..<width).map { self[$0, y] }.filter { $0.text == glyph }
    }
}
