import ArgumentParser
import RoadmapModel

enum SchoolArgument {
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
