import RoadmapModel

/// The rows of `roadmap overdue --format json`: one object per late
/// occurrence, keys in this order. One definition, so the command and the
/// benchmark that times it cannot drift apart.
public enum OverdueJSON {
    public static func bytes(_ items: [OverdueItem]) -> [UInt8] {
        JSONWriter.bytes(.array(items.map(row)), escaping: .display)
    }

    /// One row; the region's list puts its `municipality` before these keys.
    public static func row(_ item: OverdueItem) -> JSON {
        .object([
            "measure": .string(item.measure.id),
            "school": item.school.map { .string($0.id) } ?? .null,
            "title": .string(item.measure.title),
            "due": .string(item.due.iso),
            "daysOverdue": .integer(item.daysOverdue),
            "responsible": .array(item.measure.responsible.map { .string($0) }),
            "status": .string(item.status.rawValue),
        ])
    }

    public static func string(_ items: [OverdueItem]) -> String {
        String(decoding: bytes(items), as: UTF8.self)
    }
}
