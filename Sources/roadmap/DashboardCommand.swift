import ArgumentParser

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Панель.")
    func run() throws {}
}
