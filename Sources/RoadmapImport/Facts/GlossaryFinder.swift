import Foundation
import RoadmapModel

/// «Перечень принятых сокращений:» and the lines after it, `ТЕРМИН –
/// значение;`, up to the first line that is not one.
enum GlossaryFinder {
    static func glossary(in rows: [SourceRow]) -> [GlossaryEntry] {
        let lines = rows.map { CellText.cleanLine($0.text) }
        guard let start = lines.firstIndex(where: isHeading) else { return [] }
        var entries: [GlossaryEntry] = []
        for line in lines[(start + 1)...] {
            if line.isEmpty { if entries.isEmpty { continue } else { break } }
            guard let entry = entry(line) else { break }
            entries.append(entry)
        }
        return entries
    }

    private static func isHeading(_ line: String) -> Bool {
        let folded = line.lowercased()
        return folded.hasPrefix("перечень принятых сокращений") || folded.hasPrefix("список сокращений")
            || folded.hasPrefix("перечень сокращений") || folded.hasPrefix("принятые сокращения")
            || folded.hasPrefix("сокращения:")
    }

    /// «ПК ИРО – Приморский краевой институт развития образования.»: the
    /// first dash with spaces around it divides term from meaning; the
    /// closing «;» or «.» is punctuation of the list, not of the meaning.
    private static func entry(_ line: String) -> GlossaryEntry? {
        for dash in [" – ", " — ", " - "] {
            guard let range = line.range(of: dash) else { continue }
            let term = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            var meaning = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            while let last = meaning.last, last == ";" || last == "." || last == "," { meaning.removeLast() }
            guard !term.isEmpty, term.count <= 40, !meaning.isEmpty else { return nil }
            return GlossaryEntry(term: term, meaning: meaning)
        }
        return nil
    }
}
