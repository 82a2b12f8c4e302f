import Foundation
import Testing
import RoadmapModel

/// Moments as history entries keep them, shown the way people read them:
/// the wall-clock time as written, the same on every machine.
@Suite("Timestamp: ISO 8601 shown as DD.MM.YYYY HH:MM")
struct TimestampTests {
    @Test func theWallClockTimeAsWritten() {
        #expect(Timestamp.russian("2022-03-28T15:02:11+03:00") == "28.03.2022 15:02")
        #expect(Timestamp.russian("2021-01-15T10:00:00+10:00") == "15.01.2021 10:00")
        #expect(Timestamp.russian("2026-11-23T18:34:36Z") == "23.11.2026 18:34")
        #expect(Timestamp.russian("2022-03-28T12:02:11.250Z") == "28.03.2022 12:02")
    }

    @Test func whatIsNotAMomentIsShownAsItIs() {
        for text in ["вчера", "", "2022-03-28", "2022-03-28 15:02", "2022-3-28T15:02:00Z", "28.03.2022T15:02"] {
            #expect(Timestamp.russian(text) == text)
        }
    }

    @Test func itReadsWhatTheProgramWrites() {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let vladivostok = TimeZone(identifier: "Asia/Vladivostok")!
        #expect(Timestamp.russian(Timestamp.iso8601(date, in: vladivostok)) == "15.11.2023 08:13")
    }
}
