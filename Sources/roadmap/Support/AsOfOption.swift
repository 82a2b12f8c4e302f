import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

/// `--as-of DATE`, shared by every command that counts on a date.
///
/// A full date (`2021-03-01`, `01.03.2021`) is read at once. A short one —
/// `01.03`, `12 мая`, `март` (its last day), `конец четверти` — is read in
/// the roadmap's own period, as the dashboard's date key reads it, so the
/// roadmap's file is read first.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Дата, на которую всё считается: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а в периоде дорожной карты "
                + "и ДД.ММ, «12 мая», «март», «конец четверти»; по умолчанию сегодня.", valueName: "DATE"))
    var asOf: String?

    /// The date given, or nil: the dashboard then follows the clock past midnight.
    func chosen(in root: URL?) throws -> Day? {
        guard let asOf else { return nil }
        if let day = Day.parse(asOf) { return day }
        guard let root, let roadmap = DataDirectory(root).loadRoadmapAlone() else {
            return try DateArgument.parse(asOf, option: "--as-of")
        }
        return try DateArgument.parse(asOf, option: "--as-of", in: roadmap, near: DateArgument.today)
    }

    /// The date given, else today, for commands over several roadmaps (the
    /// region): their periods may differ, so only a full date is taken.
    var day: Day {
        get throws { try chosen(in: nil) ?? DateArgument.today }
    }

    /// The date given, else today; a short date is read in the roadmap of `--data`.
    func day(at data: DataOptions) throws -> Day {
        try chosen(in: try? DataLocation.resolve(data.data)) ?? DateArgument.today
    }
}
