import RoadmapModel

/// The school terms' ends in roadmap.json: the deadline grammar reads
/// «2 четверть» and «по итогам каждой четверти» from them, so a typed 2045
/// or terms listed out of order would move those deadlines silently.
/// Ends must follow one another and lie within a year of the period (a
/// calendar-year roadmap touches two school years, and a term may close
/// just after the period).
enum TermDates {
    static let slackMonths = 12

    /// The reasons each term end is refused, by its index in `terms`.
    static func problems(_ terms: [SchoolTerm], period: Period) -> [Int: String] {
        let earliest = period.start.adding(months: -slackMonths)
        let latest = period.end.adding(months: slackMonths)
        var problems: [Int: String] = [:]
        for (i, term) in terms.enumerated() {
            if term.end < earliest || latest < term.end {
                problems[i] = "\(term.end.russian) — больше чем на год вне периода дорожной карты \(period) "
                    + "(\(period.start.russian)–\(period.end.russian)); допустимы даты с \(earliest.russian) по \(latest.russian)"
            } else if i > 0, term.end <= terms[i - 1].end {
                problems[i] = "\(term.end.russian) — не позже конца предыдущей четверти (\(terms[i - 1].end.russian)): "
                    + "четверти перечисляются по порядку, каждая заканчивается позже предыдущей"
            }
        }
        return problems
    }
}
