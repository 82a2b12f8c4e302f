import ArgumentParser
import RoadmapApp
import RoadmapTerminal

/// What both screens take: the data directory, the date and the theme.
struct ScreenOptions: ParsableArguments {
    @OptionGroup var options: DataOptions

    @OptionGroup var date: AsOfOption

    @Option(name: .long, help: ArgumentHelp("Тема: имя (default, light, high-contrast, monochrome) или путь к файлу .json.", valueName: "NAME"))
    var theme: String?

    @Option(name: .customLong("sync-every"),
            help: ArgumentHelp("Синхронизировать каталог данных через git каждые столько минут (если он подключён к общему репозиторию).", valueName: "MINUTES"))
    var syncEvery: Int?

    func validate() throws {
        if let syncEvery, !(1...1440).contains(syncEvery) {
            throw ValidationError("--sync-every: от 1 до 1440 минут, а указано \(syncEvery).")
        }
    }

    /// Runs the screen in `mode` on these options. The screens that only
    /// look (`control`, `--read-only`) first pull what others synced.
    func run(_ mode: AppMode, pullFirst: Bool = false) throws {
        let data = try DataLocation.located(options.data)
        if pullFirst { PullOnOpen.run(data.url) }
        try runDashboard(DashboardOptions(dataDirectory: data.url, mode: mode, theme: theme, asOf: try date.chosen(in: data.url),
                                          notice: data.notice,
                                          sync: DashboardGitSync.make(data.url, pullOnly: !mode.canWrite, everyMinutes: syncEvery)))
    }
}
