import Foundation
import RoadmapDocuments
import RoadmapModel
import Testing

@Suite("The iCalendar file of the deadlines")
struct CalendarTests {
    static let stamp = Date(timeIntervalSince1970: 1_646_128_800) // 2022-03-01 10:00 UTC

    static func terek() throws -> RoadmapData {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "18", occurrence: "31.03.2022", .done, note: "Проведён час контроля; присутствовали 7 директоров", doneOn: "28.03.2022")
        SampleData.mark(&data, "5", school: "urozhaynoe", .inProgress)
        SampleData.mark(&data, "17", .cancelled)
        return data
    }

    /// Terek 2022: 18 measures, 7 schools. Municipal: 1, 11, 12, 14, 15, 16,
    /// 17 once each and 18 monthly (12); per school: 2–8, 10, 13 for each of
    /// 7 schools; 9 («По отдельному плану») has no dates.
    static let expectedTodos = 7 + 12 + 9 * 7

    @Test func aRealParserReadsEveryTodoWithItsRussianText() throws {
        let data = try Self.terek()
        let calendar = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Self.stamp)
        #expect(calendar.todoCount == Self.expectedTodos)
        #expect(calendar.undated.map(\.id) == ["9"])
        let folder = try TemporaryFolder()
        let file = folder.file("terek.ics")
        try Data(calendar.text.utf8).write(to: file)
        let parsed = try ICalendarParser.parse(file)
        #expect(parsed.version == "2.0")
        #expect(parsed.name == data.roadmap.title)
        #expect(parsed.todos.count == Self.expectedTodos)
        #expect(Set(parsed.todos.map(\.uid)).count == parsed.todos.count)

        let march = try #require(parsed.todos.first { $0.summary.hasPrefix("18. ") && $0.due == "2022-03-31" })
        #expect(march.summary == "18. Час контроля с директорами и заместителями директоров")
        #expect(march.start == "2022-03-01")
        #expect(march.status == "COMPLETED")
        #expect(march.description == "Срок по плану: Ежемесячно\nОтветственные: ИМЦ УО\nОтметка о выполнении: Проведён час контроля; присутствовали 7 директоров")
        #expect(march.categories == ["5. Мониторинг и консультативная поддержка"])

        // A section title with a comma stays one category (`\,` in the file).
        let eleven = try #require(parsed.todos.first { $0.summary.hasPrefix("11. ") })
        #expect(eleven.categories == ["3. " + data.roadmap.sections[2].title])
        #expect(data.roadmap.sections[2].title.contains(","))

        let school = try #require(parsed.todos.first { $0.summary.hasPrefix("5. ") && $0.description.contains("Урожайное") })
        #expect(school.summary.hasSuffix(" — Урожайное"))
        #expect(school.status == "IN-PROCESS")
        #expect(parsed.todos.first { $0.summary.hasPrefix("17. ") }?.status == "CANCELLED")
        #expect(parsed.todos.first { $0.summary.hasPrefix("1. ") }?.status == "NEEDS-ACTION")
        // «Постоянно»: one to-do over the whole period.
        let constant = try #require(parsed.todos.first { $0.summary.hasPrefix("12. ") })
        #expect((constant.start, constant.due) == ("2022-01-01", "2022-12-31"))
    }

    @Test func linesAreFoldedAt75OctetsWithoutSplittingLetters() throws {
        let data = try Self.terek()
        let text = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Self.stamp).text
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // Every line ends with CRLF: no bare LF anywhere.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Cut the raw bytes at CRLF, as a calendar program reads them: each
        // physical line is at most 75 octets and valid UTF-8 on its own.
        var lines: [[UInt8]] = [[]]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append([])
                index += 2
            } else {
                lines[lines.count - 1].append(bytes[index])
                index += 1
            }
        }
        #expect(lines.removeLast().isEmpty)
        var folded = 0
        for line in lines {
            #expect(line.count <= 75, "\(String(decoding: line, as: UTF8.self))")
            #expect(String(validating: line, as: UTF8.self) != nil)
            if line.first == 32 { folded += 1 }
        }
        #expect(folded > 100)
        // Unfolding gives back the whole summary.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:2. Участие в муниципальном мониторинге качества подготовки обучающихся: - подготовка аналитического отчета по результатам ВПР за 2021-2022 учебный год\\; - анализ результатов ГИА-2022 — Урожайное\r\n"))
    }

    @Test func textIsEscapedAsTheStandardSays() {
        #expect(ICalendarText.escape("a,b;c\\d\r\ne\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
        #expect(ICalendarText.fold(String(repeating: "я", count: 40)).components(separatedBy: "\r\n ").map(\.utf8.count) == [74, 6])
        #expect(ICalendarText.fold("SUMMARY:" + String(repeating: "ж", count: 40))
                    .components(separatedBy: "\r\n ").map(\.utf8.count) == [74, 14])
        #expect(ICalendarText.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
        #expect(ICalendarText.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a")
    }

    @Test func uidsStayTheSameWhenTheFileIsMadeAgain() throws {
        let data = try Self.terek()
        func uids(_ text: String) -> [Substring] {
            text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        let first = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Self.stamp).text
        let later = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Date()).text
        #expect(uids(first) == uids(later))
        #expect(uids(first).contains("UID:18-municipal-20220331-3f54b427079bf417@roadmap"))
    }

    @Test func aSchoolsCalendarHoldsOnlyItsOwnDeadlines() throws {
        let data = try Self.terek()
        let calendar = RoadmapCalendar(data: data, schedule: Schedule(data), school: "urozhaynoe", stamp: Self.stamp)
        #expect(calendar.todoCount == 9)
        let unfolded = calendar.text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.components(separatedBy: " — Урожайное\r\n").count - 1 == 9)
        #expect(!unfolded.contains("Хамидие"))
    }

    /// Google Calendar and Outlook import only events: each deadline as an
    /// all-day event on its last day, with a reminder days before.
    @Test func deadlinesAsAllDayEventsWithAReminder() throws {
        let data = try Self.terek()
        let calendar = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Self.stamp, form: .event, reminderDays: 3)
        let folder = try TemporaryFolder()
        let file = folder.file("events.ics")
        try Data(calendar.text.utf8).write(to: file)
        let parsed = try ICalendarParser.parse(file)
        #expect(parsed.todos.isEmpty)
        #expect(parsed.events.count == Self.expectedTodos)
        let april = try #require(parsed.events.first { $0.summary.hasPrefix("Срок: 5. ") && $0.summary.hasSuffix("— Хамидие") })
        #expect(april.start == "2022-04-30" && april.end == "2022-05-01")
        #expect(april.alarms == ["-P3D"])
        // Done and cancelled deadlines need no reminder; a done one says so.
        let march = try #require(parsed.events.first { $0.summary == "✓ 18. Час контроля с директорами и заместителями директоров" })
        #expect(march.start == "2022-03-31" && march.alarms.isEmpty)
        let both = RoadmapCalendar(data: data, schedule: Schedule(data), stamp: Self.stamp, form: .both)
        try Data(both.text.utf8).write(to: file)
        let twice = try ICalendarParser.parse(file)
        #expect(twice.todos.count == Self.expectedTodos && twice.events.count == Self.expectedTodos)
        #expect(Set(twice.todos.map(\.uid)).isDisjoint(with: twice.events.map(\.uid)))
        #expect(twice.events.allSatisfy { $0.alarms.isEmpty })
    }
}
