import ArgumentParser
import Foundation
import RoadmapDocuments
import RoadmapModel
import RoadmapStore

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Сроки дорожной карты в формате iCalendar (.ics) для программы-календаря.",
        discussion: """
        Одна задача (VTODO) на каждый срок исполнения: у повторяющихся мероприятий — на каждый \
        срок, у выполняемых каждой школой — на каждую школу; «постоянно» — одна задача на весь \
        период. Мероприятия без дат («по отдельному плану») в календарь не входят: их номера \
        выводятся в поток ошибок. Google Календарь и Outlook берут из файла только события: \
        --form event делает из каждого срока событие на весь день срока, --form both — и то и другое; \
        --remind 3 добавляет напоминание за 3 дня (кроме выполненного и отменённого).
        Пример: roadmap calendar --form event --remind 3 -o дорожная-карта.ics
        """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var schoolFilter: SchoolFilter

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Файл .ics; существующий заменяется. Без него — в стандартный вывод.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Во что превращается срок: todo (задача), event (событие на весь день срока) или both.", valueName: "FORM"))
    var form: String = RoadmapCalendar.Form.todo.rawValue

    @Option(help: ArgumentHelp("Напомнить за столько дней до срока (от 1 до 60).", valueName: "DAYS"))
    var remind: Int?

    func validate() throws {
        guard RoadmapCalendar.Form(rawValue: form) != nil else {
            throw ValidationError("--form: «\(Console.visible(form))» — ожидается todo, event или both.")
        }
        if let remind, !(1...60).contains(remind) {
            throw ValidationError("--remind: \(remind) — ожидается число дней от 1 до 60.")
        }
    }

    func run() throws {
        // Each record's current entry is all the calendar shows: nothing more is kept.
        let (_, data, entries) = try options.load(entries: .current)
        let school = try schoolFilter.checked(in: data)
        var written = RoadmapCalendar.Written(count: 0, undated: [])
        // Written as it is made: a region's calendar never sits whole in memory.
        let (url, _) = try DocumentOutput.stream(to: output, failure: "Календарь не записан") { out in
            var text = out
            written = RoadmapCalendar.write(plan: data, entries: entries, schedule: Schedule(data), school: school,
                                            form: RoadmapCalendar.Form(rawValue: form) ?? .todo, reminderDays: remind, to: &text)
        }
        if !written.undated.isEmpty {
            Console.error("Без дат, в календарь не вошли мероприятия (\(written.undated.count)): "
                          + written.undated.map(\.number).joined(separator: ", "))
        }
        guard let url else { return }
        let what = ["todo": "задач", "event": "событий", "both": "сроков, задачей и событием"][form] ?? "сроков"
        Console.out("Календарь записан в \(url.path) (\(what): \(written.count)).")
    }
}
