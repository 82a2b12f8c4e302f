/// Puts the items of a phrase together into one `Deadline`.
struct DeadlineAssembly {
    let context: DeadlineContext

    /// Years further than this from the period are typing errors: reading
    /// «2102» for «2021» would hide a measure instead of flagging it.
    static let plausibleYears = 50

    /// The days a monthly limit may name; a shorter month ends on its last day.
    static let monthDays = 1...31

    /// Items of one kind make a deadline of that kind; a plan phrase next to
    /// dates («ноябрь 2020 года по отдельному графику») becomes a remark.
    /// Anything else mixed (dates with «ежемесячно») is not guessed at.
    func deadline(_ phrase: String, items: [DeadlineItem], remarks: [String]) -> Deadline {
        var plans: [String] = []
        var dated: [DeadlineItem] = []
        var names: [String?] = []
        for item in items {
            if case .unscheduled(let text) = item { plans.append(text) } else { dated.append(item.unnamed); names.append(item.name) }
        }
        let unrecognized = Deadline(phrase: phrase, kind: .unrecognized)
        guard let first = dated.first else {
            return Deadline(phrase: phrase, kind: .unscheduled, qualifier: qualifier(remarks))
        }
        let qualifier = qualifier(remarks + plans)
        switch first {
        case .continuous(let window):
            guard dated.allSatisfy({ $0 == first }), isPlausible(window) else { return unrecognized }
            return Deadline(phrase: phrase, kind: .continuous, windows: [window], qualifier: qualifier)
        case .recurring(let recurrence, let dayLimit, let within):
            // «до 99 числа»: a day no month has is unread, not left out.
            guard dated.allSatisfy({ $0 == first }), dayLimit.map(DeadlineAssembly.monthDays.contains) ?? true else {
                return unrecognized
            }
            var windows = context.occurrences(of: recurrence, dayLimit: dayLimit)
            if let within {
                // «ежемесячно с сентября по май»: the occurrences inside the span.
                guard let scope = scope(within) else { return unrecognized }
                windows = windows.compactMap { $0.clipped(to: scope) }
                guard !windows.isEmpty else { return unrecognized }
            }
            return Deadline(phrase: phrase, kind: .recurring, recurrence: recurrence,
                            windows: windows, qualifier: qualifier)
        case .results(.recurring(let recurrence, _, let within)):
            guard dated.allSatisfy({ $0 == first }) else { return unrecognized }
            var closed = context.closedUnits(of: recurrence)
            if let within {
                // «по итогам каждой четверти в течение учебного года»: the units ending inside the span.
                guard let scope = scope(within) else { return unrecognized }
                closed = closed.filter { scope.contains($0.end) }
                guard !closed.isEmpty else { return unrecognized }
            }
            return Deadline(phrase: phrase, kind: .recurring, recurrence: recurrence,
                            windows: closed.map(DeadlineYears.results(of:)), qualifier: qualifier)
        case .span, .until, .from, .results, .window:
            guard dated.allSatisfy(\.namesDates),
                  let windows = DeadlineYears(period: context.period).windows(of: dated),
                  windows.allSatisfy(isPlausible) else { return unrecognized }
            return named(Deadline(phrase: phrase, kind: .windows, windows: windows, qualifier: qualifier), names)
        case .unscheduled, .named:
            return unrecognized
        }
    }

    private func scope(_ within: DeadlineItem) -> DateWindow? {
        DeadlineYears(period: context.period).windows(of: [within])?.first
    }

    private func qualifier(_ parts: [String]) -> String? {
        parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private func isPlausible(_ window: DateWindow) -> Bool {
        let low = context.period.start.year - DeadlineAssembly.plausibleYears
        let high = context.period.end.year + DeadlineAssembly.plausibleYears
        return window.start.year >= low && window.end.year <= high
    }

    /// The same window named twice is one occurrence, not two; names stay
    /// with their windows, and are kept only when a window has one.
    private func named(_ deadline: Deadline, _ names: [String?]) -> Deadline {
        var seen: Set<DateWindow> = []
        var result = deadline
        let kept = deadline.windows.indices.filter { seen.insert(deadline.windows[$0]).inserted }
        result.windows = kept.map { deadline.windows[$0] }
        result.names = names.contains { $0 != nil } ? kept.map { names[$0] } : []
        return result
    }
}

private extension DeadlineItem {
    var namesDates: Bool {
        switch self {
        case .results(.recurring): return false
        case .span, .until, .from, .results, .window: return true
        case .continuous, .recurring, .unscheduled, .named: return false
        }
    }
}
