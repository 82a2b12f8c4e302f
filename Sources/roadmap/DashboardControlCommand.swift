import ArgumentParser
import RoadmapTerminal

/// `roadmap control`: «час контроля», the supervisor's overdue view; never
/// changes anything.
struct Control: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Час контроля: что просрочено, на сколько дней, кто отвечает. Только просмотр."
    )

    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try screen.run(.control, pullFirst: true)
    }
}
