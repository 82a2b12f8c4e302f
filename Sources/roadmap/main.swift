import ArgumentParser

// Temporary root command so the dashboard can be run on its own; the full
// command line with every subcommand replaces this file.
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Дорожная карта работы со школами с низкими образовательными результатами (ШНОР).",
        subcommands: [Dashboard.self, Control.self],
        defaultSubcommand: Dashboard.self
    )
}

RoadmapCommand.main()
