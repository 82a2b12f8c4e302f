import Foundation
import Testing
import RoadmapModel

/// Moments as history entries keep them, shown the way people read them.
@Suite("Timestamp: ISO 8601 shown as DD.MM.YYYY HH:MM")
struct TimestampTests {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!
    static let vladivostok = TimeZone(identifier: "Asia/Vladivostok")!

    @Test func anOffsetMomentInItsOwnZone() {
        #expect(Timestamp.russian("2022-03-28T15:02:11+03:00", in: Self.moscow) == "28.03.2022 15:02")
    }

    @Test func aUTCMomentInTheUsersZoneMayChangeTheDay() {
        #expect(Timestamp.russian("2026-11-23T18:34:36Z", in: Self.moscow) == "23.11.2026 21:34")
        #expect(Timestamp.russian("2026-11-23T18:34:36Z", in: Self.vladivostok) == "24.11.2026 04:34")
    }

    @Test func fractionsOfASecondAreRead() {
        #expect(Timestamp.russian("2022-03-28T12:02:11.250Z", in: Self.moscow) == "28.03.2022 15:02")
    }

    @Test func whatIsNotAMomentIsShownAsItIs() {
        #expect(Timestamp.russian("вчера", in: Self.moscow) == "вчера")
        #expect(Timestamp.russian("", in: Self.moscow) == "")
    }

    @Test func itRoundTripsWhatTheProgramWrites() {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(Timestamp.russian(Timestamp.iso8601(date, in: Self.vladivostok), in: Self.vladivostok) == "15.11.2023 08:13")
    }
}
