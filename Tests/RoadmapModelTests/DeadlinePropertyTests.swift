import Testing
@testable import RoadmapModel

/// A small deterministic generator, so a failure can be replayed.
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }
}

/// Pieces deadline cells are made of, including the ones that go wrong.
private let pieces: [String] = [
    "ноябрь", "Декабрь", "января", "МАРТ", "мае", "августа", "сентябрь", "февраль",
    "2020", "2021", "2022", "1", "15", "31", "0", "9999", "10000", "99", "3-й",
    "года", "г.", "гг.", "год", "учебного", "-", "–", "—", ",", ";", "и", "(", ")", ".",
    "в", "течение", "в течение", "до", "не позднее", "к", "с", "по", "конца", "числа",
    "каждого", "месяца", "ежемесячно", "Ежеквартально", "постоянно", "раз", "в квартал",
    "по итогам", "каждой", "четверти", "полугодие", "квартал", "I", "II", "IV", "четверть",
    "весна", "зима", "лето", "осенью", "по отдельному плану", "ОО", "31.02.2021", "29.02.2020",
    "01.09.2020", "30.10.20", "25.12", "2020-2021", "2020/21", "тепие", "те", "\n", "\u{00A0}",
]

@Suite("Deadline parsing on random phrases")
struct DeadlinePropertyTests {
    @Test("Never crashes; every window is ordered and inside years 1…9999")
    func randomPhrases() {
        var random = SplitMix64(state: 2020)
        let contexts = [
            DeadlineFixtures.academic2020, DeadlineFixtures.calendar2022,
            DeadlineContext(period: .calendar(year: 1), termEnds: []),
            DeadlineContext(period: .calendar(year: 9999)),
        ]
        var kinds: Set<DeadlineKind> = []
        for _ in 0..<4000 {
            let count = 1 + Int(random.next() % 7)
            let phrase = (0..<count).map { _ in random.pick(pieces) }.joined(separator: random.pick([" ", "", " "]))
            let context = random.pick(contexts)
            let deadline = DeadlineParser.parse(phrase, in: context)
            kinds.insert(deadline.kind)
            #expect(deadline.phrase == phrase)
            for window in deadline.windows {
                #expect(window.start <= window.end, "\(phrase): \(window)")
                #expect((1...9999).contains(window.start.year) && (1...9999).contains(window.end.year))
            }
            switch deadline.kind {
            case .unrecognized, .unscheduled:
                #expect(deadline.windows.isEmpty)
                #expect(deadline.recurrence == nil)
            case .recurring:
                #expect(deadline.recurrence != nil)
            case .windows, .continuous:
                #expect(!deadline.windows.isEmpty, "\(phrase)")
                #expect(deadline.recurrence == nil)
            }
        }
        // The generator reaches every kind, so the checks above are not vacuous.
        #expect(kinds == Set(DeadlineKind.allCases))
    }

    @Test("Recurring windows are in order and do not overlap")
    func recurringOrder() {
        let phrases = ["Ежемесячно", "Ежеквартально", "по итогам каждой четверти", "по полугодиям"]
        for context in [DeadlineFixtures.academic2020, DeadlineFixtures.calendar2022] {
            for phrase in phrases {
                let windows = DeadlineParser.parse(phrase, in: context).windows
                #expect(!windows.isEmpty)
                for (a, b) in zip(windows, windows.dropFirst()) {
                    #expect(a.end < b.start, "\(phrase): \(a) then \(b)")
                }
                // The close of a term may be reported after the period ends,
                // as «по итогам IV четверти» is; the others stay inside it.
                let closing = phrase.hasPrefix("по итогам")
                #expect(windows.allSatisfy { context.period.window.contains($0.start)
                    && (closing || context.period.window.contains($0.end)) }, "\(phrase)")
            }
        }
    }

    /// «по итогам каждой четверти» falls due exactly when «по итогам I
    /// четверти», «… II четверти» and so on do: one rule, so the overdue
    /// counts of the two wordings never disagree.
    @Test("The close of each unit is read as the close of that unit alone")
    func closingEachMatchesClosingOne() {
        let units: [(each: String, one: String, count: Int)] = [
            ("по итогам каждой четверти", "по итогам # четверти", 4),
            ("по окончании каждой четверти", "по окончании # четверти", 4),
            ("по итогам каждого полугодия", "по итогам # полугодия", 2),
            ("по окончании каждого полугодия", "по окончании # полугодия", 2),
        ]
        let romans = ["I", "II", "III", "IV"]
        for context in [DeadlineFixtures.academic2020, DeadlineFixtures.calendar2022] {
            for unit in units {
                let each = DeadlineParser.parse(unit.each, in: context).windows
                let ones = romans.prefix(unit.count).flatMap { roman in
                    DeadlineParser.parse(unit.one.replacingOccurrences(of: "#", with: roman), in: context).windows
                }
                #expect(each.count == unit.count, "\(unit.each)")
                #expect(each == ones, "\(unit.each) in \(context.period)")
            }
        }
        // Quarters of a calendar year: «ежеквартально по итогам квартала» too.
        let calendar = DeadlineFixtures.calendar2022
        let quarters = romans.flatMap { DeadlineParser.parse("по итогам \($0) квартала", in: calendar).windows }
        #expect(DeadlineParser.parse("по итогам каждого квартала", in: calendar).windows == quarters)
        #expect(DeadlineParser.parse("ежеквартально по итогам квартала", in: calendar).windows == quarters)
    }
}
