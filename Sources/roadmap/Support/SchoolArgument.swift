import ArgumentParser
import RoadmapModel

enum SchoolArgument {
    /// Unknown school ids are refused with the closest real ones.
    static func check(_ id: String, in data: RoadmapData) throws {
        guard data.school(id) == nil else { return }
        let hint = data.schools.isEmpty
            ? "; в этом каталоге школы не указаны"
            : Suggestions.hint(for: id, among: data.schools.map(\.id))
        throw ValidationError("Школа «\(Console.visible(id))» не найдена\(hint).")
    }

    static func check(measure id: String, in data: RoadmapData) throws -> Measure {
        if let measure = data.measure(id) { return measure }
        let trimmed = id.hasSuffix(".") ? String(id.dropLast()) : id
        if let measure = data.measure(trimmed) { return measure }
        throw ValidationError("Мероприятие «\(Console.visible(id))» не найдено\(Suggestions.hint(for: id, among: data.measures.map(\.id))).")
    }
}
