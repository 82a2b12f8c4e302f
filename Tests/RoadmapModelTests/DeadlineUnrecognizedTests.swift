import Testing
@testable import RoadmapModel

/// Phrases that must come out «срок не распознан»: kept verbatim, no dates.
private let unreadablePhrases: [String] = [
    "",
    "   ",
    "абракадабра",
    "31.02.2021",
    "13.13.2020",
    "до",
    "до 31.02.2021",
    "!!!",
    "...",
    "—",
    "?;:*",
    "\u{0007}",
    "Ноябрь\u{0000}2020",
    "\u{001B}[31mмарт",
    "ноябрь 2020 года абракадабра",
    "абракадабра ноябрь 2020 года",
    "май 2021 года - март 2021 года",
    "10.11.2020-03.11.2020",
    "ежемесячно, ноябрь 2020 года",
    "В течение года, ежемесячно",
    "ноябрь 2102 года",
    "ноябрь и",
    "32 декабря",
    "V квартал",
    "3 полугодие",
    "5 четверть",
    "до 32 числа",
    ")ноябрь(",
    "2021",
    "в течение",
    "по итогам",
    "1 квартал 2021 учебного года",
    "99999999999999999999 года",
    "ноябрь 20202 года",
    "в течение месяца",
]

@Suite("Unreadable deadlines")
struct DeadlineUnrecognizedTests {
    @Test("Never guessed, never dropped", arguments: unreadablePhrases)
    func unreadable(_ phrase: String) {
        for context in [DeadlineFixtures.academic2020, DeadlineFixtures.calendar2022] {
            let deadline = DeadlineParser.parse(phrase, in: context)
            #expect(deadline.kind == .unrecognized)
            #expect(deadline.phrase == phrase)
            #expect(deadline.windows.isEmpty)
            #expect(deadline.recurrence == nil)
            #expect(!deadline.isRecognized)
        }
    }

    @Test("A 10,000-character cell is unrecognized and kept whole")
    func longCell() {
        let months = String(repeating: "ноябрь ", count: 1430)
        var garbage = ""
        var state: UInt64 = 7
        while garbage.unicodeScalars.count < 10_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            garbage.unicodeScalars.append(Unicode.Scalar(UInt32(0x430 + (state >> 33) % 32))!)
        }
        for phrase in [months, garbage] {
            #expect(phrase.count >= 10_000)
            let deadline = DeadlineParser.parse(phrase, in: DeadlineFixtures.calendar2022)
            #expect(deadline.kind == .unrecognized)
            #expect(deadline.phrase == phrase)
        }
    }

    @Test("An OCR garble too far from any word is not read as one")
    func farGarble() {
        let deadline = DeadlineParser.parse("В тхщие гпда", in: DeadlineFixtures.calendar2023)
        #expect(deadline.kind == .unrecognized)
    }
}
