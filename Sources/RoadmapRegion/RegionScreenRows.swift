import RoadmapApp
import RoadmapModel
import RoadmapStore

/// The region's rows for the screen, counted as `region report` and
/// `region overdue` count them.
public enum RegionScreenRows {
    public static func make(_ region: Region, _ municipalities: [Municipality], asOf: Day) -> (rows: [MunicipalityRow], overdue: [RegionOverdueRow]) {
        let lines = MunicipalitySummary.all(in: region, municipalities, asOf: asOf)
        let rows = lines.map { line in
            MunicipalityRow(name: line.municipality.name, folder: line.municipality.folder, schools: line.schools,
                            federal500: line.federal500, growthPoints: line.growthPoints, measures: line.measures,
                            onTime: line.onTimeText,
                            onTimeShort: line.onTimePercentText,
                            overdue: line.overdue, lastSync: SyncTimeText.text(line.lastSync), gap: line.gap)
        }
        let overdue = RegionOverdue.items(in: region, municipalities, asOf: asOf).items.map { row in
            RegionOverdueRow(municipality: row.municipality.name, folder: row.municipality.folder,
                             daysOverdue: row.item.daysOverdue, number: row.item.measure.number, title: row.item.measure.title,
                             school: row.item.school?.shortName, due: row.item.due)
        }
        return (rows, overdue)
    }
}
