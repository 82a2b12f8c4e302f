import ArgumentParser

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// Each command's help names the formats it takes itself (`list` takes
    /// no csv), so the parser must not add a list of all three.
    static var allValueStrings: [String] { [] }
}
