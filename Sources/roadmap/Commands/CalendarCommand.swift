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
        выводятся в поток ошибок.
        Пример: roadmap calendar -o дорожная-карта.ics
        """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var schoolFilter: SchoolFilter

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Файл .ics; существующий заменяется. Без него — в стандартный вывод.", valueName: "FILE"))
    var output: String?

    func run() throws {
        let (_, data) = try options.load()
        let school = try schoolFilter.checked(in: data)
        let calendar = RoadmapCalendar(data: data, schedule: Schedule(data), school: school)
        if !calendar.undated.isEmpty {
            Console.error("Без дат, в календарь не вошли мероприятия (\(calendar.undated.count)): "
                          + calendar.undated.map(\.number).joined(separator: ", "))
        }
        guard let url = try DocumentOutput.write(Data(calendar.text.utf8), to: output, failure: "Календарь не записан") else { return }
        Console.out("Календарь записан в \(url.path) (задач: \(calendar.todoCount)).")
    }
}
