import ArgumentParser
import RoadmapModel

/// `--period`: `2022` (a calendar year) or `2020-2021` (an academic year).
enum PeriodArgument {
    /// The period given, or nil when none was.
    static func parse(_ text: String?) throws -> Period? {
        guard let text else { return nil }
        guard let period = Period(parsing: text) else {
            throw ValidationError("--period: неверный период «\(Console.visible(text))»; ожидается год (2022) или учебный год (2020-2021).")
        }
        return period
    }

    /// The period given, else the academic year under way today.
    static func resolve(_ text: String?) throws -> Period {
        try parse(text) ?? .academic(containing: DateArgument.today)
    }
}
