import RoadmapModel

/// The programme's schools by id, built once per document: a report or a
/// calendar names a school for every occurrence, and a region has
/// thousands of schools, so each lookup must not walk the list.
struct SchoolLookup {
    private let byID: [String: School]

    init(_ schools: [School]) {
        // The first school with an id wins, as `RoadmapData.school(_:)` finds it.
        byID = Dictionary(schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(id: String) -> School? { byID[id] }
}
