import ArgumentParser
import RoadmapModel

enum SchoolArgument {
    /// The id of the school `text` names, as people know it: its id, its
    /// short or full name, or any part of either that only one school has —
    /// case-insensitive, `ё` = `е` («урожайное», «Ново-Хам»). A whole name
    /// wins over a part («Хамидие» is not «Ново-Хамидие»); a part that
    /// several schools share lists them.
    static func resolve(_ text: String, in data: RoadmapData) throws -> String {
        if data.school(text) != nil { return text }
        let typed = SearchText.fold(text)
        let whole = data.schools.filter { [$0.id, $0.shortName, $0.name].map(SearchText.fold).contains(typed) }
        if whole.count == 1 { return whole[0].id }
        let parts = typed.isEmpty ? [] : data.schools.filter {
            SearchText.matches($0.shortName, text) || SearchText.matches($0.name, text)
        }
        if parts.count == 1 { return parts[0].id }
        if parts.count > 1 {
            let listed = parts.map { "\($0.shortName) (\($0.id))" }.joined(separator: ", ")
            throw ValidationError("--school «\(Console.quoted(text))» подходит к нескольким школам: \(listed). Уточните название.")
        }
        // Typed in Latin letters it was meant as an id: the ids are suggested.
        let latin = typed.unicodeScalars.contains { ("a"..."z").contains($0) }
        guard !typed.isEmpty, !data.schools.isEmpty, !latin else {
            try check(text, in: data)
            return text
        }
        let hint = Suggestions.hint(for: text, among: data.schools.map(\.shortName))
        throw ValidationError("Школа «\(Console.quoted(text))» не найдена\(hint).")
    }

    /// Unknown school ids are refused with the closest real ones.
    static func check(_ id: String, in data: RoadmapData) throws {
        guard data.school(id) == nil else { return }
        if id.isEmpty {
            throw ValidationError("--school: пустой id школы; есть: " + data.schools.map(\.id).joined(separator: ", ") + ".")
        }
        let hint = data.schools.isEmpty
            ? "; в этом каталоге школы не указаны"
            : Suggestions.hint(for: id, among: data.schools.map(\.id), whereListed: "см. schools.json в каталоге данных")
        throw ValidationError("Школа «\(Console.quoted(id))» не найдена\(hint).")
    }

    static func check(measure id: String, in data: RoadmapData) throws -> Measure {
        if let measure = data.measure(id) { return measure }
        let trimmed = id.hasSuffix(".") ? String(id.dropLast()) : id
        if let measure = data.measure(trimmed) { return measure }
        throw ValidationError("Мероприятие «\(Console.quoted(id))» не найдено\(Suggestions.hint(for: id, among: data.measures.map(\.id), whereListed: "см. roadmap list")).")
    }
}
