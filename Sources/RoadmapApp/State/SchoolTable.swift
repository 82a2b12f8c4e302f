import RoadmapModel

/// The schools as plain arrays in the order of `data.schools`, so loops over
/// thousands of them count in arrays instead of hashing a school id per
/// occurrence or copying whole `School` values.
struct SchoolTable: Sendable {
    let ids: [String]
    let index: [String: Int]
    private let joined: [Day?]
    private let left: [Day?]

    init(_ schools: [School]) {
        ids = schools.map(\.id)
        index = Dictionary(schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        joined = schools.map(\.joined)
        left = schools.map(\.left)
    }

    var count: Int { ids.count }

    /// Positions of the schools a measure is kept for, in data order.
    func members(of scope: MeasureScope) -> [Int] {
        switch scope {
        case .municipal: return []
        case .everySchool: return Array(ids.indices)
        case .schools(let chosen): return Set(chosen.compactMap { index[$0] }).sorted()
        }
    }

    /// The schedule's rule: a school counts for an occurrence if it was in
    /// the programme on its last day; for undated ones, if it has not left.
    func takesPart(_ school: Int, in window: DateWindow?) -> Bool {
        guard let window else { return left[school] == nil }
        return School.takesPart(joined: joined[school], left: left[school], on: window.end)
    }
}
