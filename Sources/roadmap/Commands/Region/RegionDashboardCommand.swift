import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapRegion
import RoadmapStore
import RoadmapTerminal

/// `roadmap region` (`roadmap region dashboard`): every municipality on one screen.
struct RegionDashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Панель региона: «Муниципалитеты» и просроченное во всех; Enter открывает панель муниципалитета (только просмотр).",
        discussion: """
        Показывает копии, полученные roadmap region sync; сама ничего не получает и не меняет. \
        По каждому муниципалитету: школ в программе, «500+», «Точка роста», мероприятий, выполнено в срок, \
        просрочено и когда получены данные. q в панели муниципалитета возвращает в панель региона.
        """
    )

    @OptionGroup var options: RegionOptions

    @OptionGroup var date: AsOfOption

    @Option(name: .long, help: ArgumentHelp("Тема: имя (default, light, high-contrast, monochrome) или путь к файлу .json.", valueName: "NAME"))
    var theme: String?

    func run() throws {
        let (region, municipalities) = try options.municipalities()
        let day = try date.day
        let screen = RegionScreenData.make(region, municipalities, asOf: day)
        try runRegionDashboard(RegionDashboardOptions(region: region.root, rows: screen.rows, overdue: screen.overdue,
                                                      asOf: day, theme: theme))
    }
}

/// The region's rows for the screen, counted as `region report` and
/// `region overdue` count them.
enum RegionScreenData {
    static func make(_ region: Region, _ municipalities: [Municipality], asOf: Day) -> (rows: [MunicipalityRow], overdue: [RegionOverdueRow]) {
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

func runRegionDashboard(_ options: RegionDashboardOptions) throws {
    let status: Int32
    if Thread.isMainThread {
        status = MainActor.assumeIsolated { RegionDashboardRunner.run(options) }
    } else {
        status = DispatchQueue.main.sync { MainActor.assumeIsolated { RegionDashboardRunner.run(options) } }
    }
    if status != 0 { throw ExitCode(status) }
}
