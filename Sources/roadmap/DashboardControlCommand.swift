import ArgumentParser

struct Control: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "control", abstract: "Час контроля.")
    func run() throws {}
}
