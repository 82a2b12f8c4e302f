import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapRegion
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
        let screen = RegionScreenRows.make(region, municipalities, asOf: day)
        try runRegionDashboard(RegionDashboardOptions(region: region.root, rows: screen.rows, overdue: screen.overdue,
                                                      asOf: day, theme: theme))
    }
}

func runRegionDashboard(_ options: RegionDashboardOptions) throws {
    try runOnMainThread { RegionDashboardRunner.run(options) }
}
