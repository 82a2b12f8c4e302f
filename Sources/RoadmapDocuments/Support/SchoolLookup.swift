import RoadmapModel

/// The programme's schools by id, built once per document: a report or a
/// calendar names a school for every occurrence, and a region has
/// thousands of schools, so each lookup must not walk the list — and each
/// entry holds the school by reference, not a copy of its every field.
struct SchoolLookup: Sendable {
    private let byID: [String: Shared<School>]

    init(_ schools: [School]) {
        // The first school with an id wins, as `RoadmapData.school(_:)` finds it.
        byID = Dictionary(schools.map { ($0.id, Shared($0)) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(id: String) -> Shared<School>? { byID[id] }
}
