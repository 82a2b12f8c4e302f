import ArgumentParser
import RoadmapRegion

struct RegionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Добавляет муниципалитет в список региона: название и адрес его общего репозитория.",
        discussion: """
        Список хранится в municipalities.json регионального каталога (каталог создаётся, если его нет). \
        Данные муниципалитета приходят при следующем roadmap region sync.
        """
    )

    @Argument(help: ArgumentHelp("Название муниципалитета («Терский район»).", valueName: "NAME"))
    var name: String

    @Argument(help: ArgumentHelp("Адрес репозитория его дорожной карты (ssh, https).", valueName: "URL"))
    var url: String

    @OptionGroup var options: RegionOptions

    func run() throws {
        let region = Region(root: try options.url)
        do throws(RegionError) {
            let added = try region.add(name: name, remote: url)
            Console.out("Добавлен муниципалитет «\(added.name)» (папка \(added.folder)); получить его данные: "
                        + "roadmap region sync --region \(region.root.path)")
        } catch {
            RegionExit.report(error)
            throw RegionExit.code(for: error.kind)
        }
    }
}
