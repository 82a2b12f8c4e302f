import ArgumentParser

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
