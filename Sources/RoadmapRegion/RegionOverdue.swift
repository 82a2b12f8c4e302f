import Foundation
import RoadmapModel
import RoadmapStore

/// A late occurrence of one municipality's roadmap.
public struct RegionOverdueItem: Hashable, Sendable {
    public var municipality: Municipality
    public var item: OverdueItem
}

/// A municipality left out of a regional answer, and why.
public struct RegionGap: Hashable, Sendable {
    public var municipality: Municipality
    public var reason: String
}

/// The region's overdue list: each municipality's own `roadmap overdue`
/// (from its index while its files are unchanged, the way the command
/// answers), put together longest overdue first.
public enum RegionOverdue {
    public static func items(in region: Region, _ municipalities: [Municipality],
                             asOf: Day) -> (items: [RegionOverdueItem], gaps: [RegionGap]) {
        let answers = Parallel.map(municipalities) { municipality in
            items(of: municipality, at: region.folder(of: municipality), asOf: asOf)
        }
        var ranked: [(rank: Int, row: RegionOverdueItem)] = []
        var gaps: [RegionGap] = []
        for (rank, answer) in answers.enumerated() {
            switch answer {
            case .success(let rows): ranked += rows.map { (rank, $0) }
            case .failure(let gap): gaps.append(gap)
            }
        }
        // Stable: within one municipality its own order; between them the
        // list's order for the same number of days.
        ranked.sort { a, b in
            a.row.item.daysOverdue != b.row.item.daysOverdue ? a.row.item.daysOverdue > b.row.item.daysOverdue : a.rank < b.rank
        }
        return (ranked.map(\.row), gaps)
    }

    static func items(of municipality: Municipality, at folder: URL, asOf: Day) -> Result<[RegionOverdueItem], RegionGap> {
        let query = OverdueQuery(asOf: asOf)
        let cache = OverdueIndexCache(root: folder)
        let found: [OverdueItem]
        if let hit = cache.cached() {
            found = hit.index.overdueItems(query: query)
        } else {
            switch RegionData.checked(cache.loadAndRebuild(), municipality, folder) {
            case .success(let data): found = Overdue.items(in: data, schedule: Schedule(data), query: query)
            case .failure(let gap): return .failure(gap)
            }
        }
        return .success(found.map { RegionOverdueItem(municipality: municipality, item: $0) })
    }
}

extension RegionGap: Error {}

/// One municipality's data as the region reads it: not yet fetched, or with
/// errors, it is left out with the reason, never half-counted.
enum RegionData {
    static func load(_ municipality: Municipality, _ folder: URL) -> Result<RoadmapData, RegionGap> {
        checked(DataDirectory(folder).load(), municipality, folder)
    }

    static func checked(_ report: LoadReport, _ municipality: Municipality, _ folder: URL) -> Result<RoadmapData, RegionGap> {
        guard FileManager.default.fileExists(atPath: folder.path) else {
            return .failure(RegionGap(municipality: municipality, reason: "ещё не получен (roadmap region sync)"))
        }
        guard let data = report.data, report.errors.isEmpty else {
            return .failure(RegionGap(municipality: municipality,
                                      reason: "данные содержат ошибок: \(report.errors.count) (roadmap validate --data \(folder.path))"))
        }
        return .success(data)
    }
}

/// The rows of `region overdue --format json`: `roadmap overdue`'s rows with
/// `municipality` in front.
public enum RegionOverdueJSON {
    public static func string(_ items: [RegionOverdueItem]) -> String {
        JSONWriter.string(.array(items.map { row in
            guard case .object(let members) = OverdueJSON.row(row.item) else { return OverdueJSON.row(row.item) }
            return .object([JSON.Member("municipality", .string(row.municipality.name))] + members)
        }), escaping: .display)
    }
}
