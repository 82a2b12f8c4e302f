import Foundation
import RoadmapDocuments
import RoadmapModel
import RoadmapStore

/// One line of the region's «сводная информация» and of the «Муниципалитеты»
/// pane: what a municipality's own справка would total, on the same date.
public struct MunicipalitySummary: Hashable, Sendable {
    public var municipality: Municipality
    /// Schools taking part in the programme on the date.
    public var schools = 0
    /// Of them, in the federal «500+» project.
    public var federal500 = 0
    /// Of them, with a «Точка роста» centre open by the date.
    public var growthPoints = 0
    public var measures = 0
    /// «Выполнено в срок» as the справка counts it: done on time, of those due.
    public var doneOnTime = 0
    public var due = 0
    public var overdue = 0
    public var lastSync: Date?
    /// Why it is not counted (not fetched yet, data with errors); the
    /// numbers are then zero.
    public var gap: String?

    /// «12 из 20 (60 %)», «—» when nothing was due yet.
    public var onTimeText: String {
        guard due > 0 else { return "—" }
        return "\(doneOnTime) из \(due) (\(onTimePercentText))"
    }

    /// «60 %», rounded as the справка rounds it.
    public var onTimePercentText: String {
        OnTimeShare(onTime: doneOnTime, due: due).percent.map { "\($0) %" } ?? "—"
    }
}

extension MunicipalitySummary {
    /// Every municipality of the list, read in parallel.
    public static func all(in region: Region, _ municipalities: [Municipality], asOf: Day) -> [MunicipalitySummary] {
        Parallel.map(municipalities) { municipality in
            make(municipality, folder: region.folder(of: municipality), asOf: asOf, lastSync: region.lastSync(of: municipality))
        }
    }

    static func make(_ municipality: Municipality, folder: URL, asOf: Day, lastSync: Date?) -> MunicipalitySummary {
        var line = MunicipalitySummary(municipality: municipality, lastSync: lastSync)
        switch RegionData.load(municipality, folder) {
        case .failure(let gap): line.gap = gap.reason
        case .success(let data): line.count(data, asOf: asOf)
        }
        return line
    }

    /// The справка's own totals, so the region and the municipality never
    /// disagree about a number.
    mutating func count(_ data: RoadmapData, asOf: Day) {
        let active = data.schools.filter { $0.isActive(on: asOf) }
        schools = active.count
        federal500 = active.filter(\.isFederal500).count
        growthPoints = active.filter { school in
            guard let point = school.growthPoint, !point.planned else { return false }
            return point.opened.map { $0 <= asOf } ?? true
        }.count
        measures = data.measures.count
        let report = Report(data: data, schedule: Schedule(data), asOf: asOf)
        doneOnTime = report.summary.onTime.onTime
        due = report.summary.onTime.due
        overdue = report.summary.overall.overdue
    }

    /// The region's totals: the sum of the lines counted.
    public static func total(_ lines: [MunicipalitySummary]) -> MunicipalitySummary {
        var total = MunicipalitySummary(municipality: Municipality(name: "Итого", remote: "", folder: ""))
        for line in lines {
            total.schools += line.schools
            total.federal500 += line.federal500
            total.growthPoints += line.growthPoints
            total.measures += line.measures
            total.doneOnTime += line.doneOnTime
            total.due += line.due
            total.overdue += line.overdue
        }
        return total
    }
}
