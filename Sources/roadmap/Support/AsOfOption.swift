import ArgumentParser
import RoadmapModel

/// `--as-of DATE`, shared by every command that counts on a date.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Дата, на которую всё считается (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); по умолчанию сегодня.", valueName: "DATE"))
    var asOf: String?

    func validate() throws { _ = try chosen }

    /// The date given, or nil: the dashboard then follows the clock past midnight.
    var chosen: Day? {
        get throws { try asOf.map { try DateArgument.parse($0, option: "--as-of") } }
    }

    /// The date given, else today.
    var day: Day {
        get throws { try chosen ?? DateArgument.today }
    }
}
