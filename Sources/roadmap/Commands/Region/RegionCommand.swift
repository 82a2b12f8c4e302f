import ArgumentParser

/// `roadmap region …`: the region's view of every municipality's roadmap.
struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Регион: дорожные карты всех муниципалитетов — получить, просроченное, сводная информация.",
        discussion: """
        Региональный каталог: municipalities.json (название и адрес репозитория каждого муниципалитета) \
        и рядом — копии их каталогов данных. Регион только получает данные и ничего не отправляет. \
        Без подкоманды открывает панель региона.
        Пример: roadmap region add "Терский район" git@git.example.ru:terek/roadmap.git --region ~/region; \
        roadmap region sync --region ~/region
        """,
        subcommands: [RegionDashboardCommand.self, RegionAddCommand.self, RegionSyncCommand.self, RegionOverdueCommand.self,
                      RegionReportCommand.self],
        defaultSubcommand: RegionDashboardCommand.self
    )
}
