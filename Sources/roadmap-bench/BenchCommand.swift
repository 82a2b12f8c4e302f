import ArgumentParser

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap-bench",
        abstract: "Synthetic regional roadmaps and the speed figures of the README.",
        subcommands: [GenerateCommand.self, RunCommand.self, MeasureSizeCommand.self, IndexedOverdueCommand.self,
                      RegionBenchCommand.self, DocumentsCommand.self, DashboardStartCommand.self, RunOneCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
