import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapStore

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Отмечает выполнение мероприятия (с записью в историю).",
        discussion: """
        Примеры:
          roadmap mark 2.4 --status done --note "Курсы прошли 12 учителей" --date 25.11.2020
          roadmap mark 8 --school Урожайное --status in-progress
          roadmap mark 18 --occurrence 2022-03-31 --status done --by "Шидукова Л.П."
        Для мероприятий, которые выполняет каждая школа, нужен --school (название школы, \
        любая его часть, которая есть только у неё, или id) или --all-schools. \
        Для повторяющихся — --occurrence: любая дата внутри нужного периода.
        """
    )

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("Номер мероприятия, например 2.4.", valueName: "MEASURE"))
    var measure: String

    @Option(help: ArgumentHelp("Для мероприятий, которые выполняет каждая школа: её название («Урожайное», любая его часть) или id.",
                               valueName: "SCHOOL"))
    var school: String?

    @Flag(name: .customLong("all-schools"), help: "Отметить сразу для всех школ мероприятия.")
    var allSchools = false

    @Option(help: ArgumentHelp("Какой раз повторяющегося мероприятия: дата внутри его периода.", valueName: "DATE"))
    var occurrence: String?

    @Option(help: ArgumentHelp("done, in-progress, not-done, planned или cancelled (можно по-русски: выполнено …).", valueName: "STATUS"))
    var status: String

    // `.unconditional`: notes are written as the documents write them, and
    // seed 000's begin with «- »; the next word is the note whatever it starts with.
    @Option(parsing: .unconditional,
            help: ArgumentHelp("Отметка о выполнении; без неё прежняя отметка сохраняется, \"\" её стирает.", valueName: "TEXT"))
    var note: String?

    @Option(help: ArgumentHelp("Дата выполнения, не позже сегодняшней (ДД.ММ.ГГГГ; 12.05 и «12 мая» — в периоде карты); по умолчанию сегодня.", valueName: "DATE"))
    var date: String?

    @Option(help: ArgumentHelp("Кто отмечает; по умолчанию имя пользователя в системе.", valueName: "NAME"))
    var by: String?

    func validate() throws {
        _ = try StatusArgument.parse(status)
        if let occurrence { _ = try DateArgument.parse(occurrence, option: "--occurrence") }
        if school != nil && allSchools { throw ValidationError("Укажите либо --school, либо --all-schools.") }
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by: имя не может быть пустым.") }
    }

    func run() throws {
        // Which records the mark is about follows from the plan alone; only
        // their files are read, so a mark costs the same in any region.
        var keys: [ProgressKey] = []
        var writing = try options.loadForWriting { plan in
            keys = try targetKeys(in: plan)
            return Set(keys.map(\.school))
        }
        defer { writing.lock.release() }
        var data = writing.data
        let measure = try SchoolArgument.check(measure: self.measure, in: data)
        let changed = data.apply(try mark(in: data), to: keys)
        guard !changed.isEmpty else {
            Console.out("Без изменений: мероприятие \(measure.number) уже отмечено так.")
            return
        }
        let written: [String]
        do {
            written = try writing.directory.save(data, files: Set(changed.map { DataFile.holding($0.key) }),
                                                 since: &writing.snapshot, holding: writing.lock).written
        } catch {
            Console.error("Не сохранено: \(error)")
            throw error.reason == .failed ? ExitStatus.cannotWrite : ExitStatus.tryAgain
        }
        for (key, old) in changed { Console.out(MarkOutput.line(key: key, from: old?.status ?? .planned, data: data)) }
        Console.out("Записано: " + (written.isEmpty ? "ничего (на диске уже так)" : written.joined(separator: ", ")))
    }
}

extension MarkCommand {
    private func targetKeys(in plan: RoadmapData) throws -> [ProgressKey] {
        let measure = try SchoolArgument.check(measure: self.measure, in: plan)
        return try MarkTarget(measure: measure, data: plan, schedule: Schedule([measure], of: plan.roadmap))
            .keys(school: school, allSchools: allSchools, occurrence: occurrence.map { try DateArgument.parse($0, option: "--occurrence") })
    }

    /// The mark as the model allows it: `--date` is checked against today
    /// and the roadmap's period there, as the dashboard's day is.
    private func mark(in data: RoadmapData) throws -> ProgressMark {
        let today = DateArgument.today
        // Read once the roadmap is known: «12.05» and «12 мая» fall in its period.
        let day = try date.map { try DateArgument.parse($0, option: "--date", in: data.roadmap, near: today) } ?? today
        let status = try StatusArgument.parse(status)
        do throws(MarkRefusal) {
            return try ProgressMark(status, note: note, day: day, today: today,
                                    period: data.roadmap.period, at: Timestamp.iso8601(Date()), by: by ?? LoginName.current)
        } catch {
            // Without --date the day is today's, which an old roadmap may not take.
            throw ValidationError(date == nil ? "дата выполнения по умолчанию — сегодня, а \(error.message) Укажите --date."
                                              : "--date: " + error.message)
        }
    }
}

/// Which progress records a `mark` call is about.
struct MarkTarget {
    let measure: Measure
    let data: RoadmapData
    let schedule: Schedule

    func keys(school: String?, allSchools: Bool, occurrence: Day?) throws -> [ProgressKey] {
        let day = try occurrenceDay(occurrence)
        return try schoolIds(school: school, allSchools: allSchools)
            .map { ProgressKey(measure: measure.id, school: $0, occurrence: day) }
    }

    private func schoolIds(school: String?, allSchools: Bool) throws -> [String?] {
        guard measure.scope.isPerSchool else {
            if school != nil || allSchools {
                throw ValidationError("Мероприятие \(measure.number) муниципальное (одна отметка на всех): --school не нужен.")
            }
            return [nil]
        }
        func current() -> [School] { data.schools(for: measure).filter { $0.left == nil } }
        if allSchools { return current().map(\.id) }
        guard let typed = school else {
            throw ValidationError("Мероприятие \(measure.number) выполняет каждая школа: укажите --school или --all-schools"
                + Suggestions.hint(for: "", among: current().map(\.shortName)) + ".")
        }
        let school = try SchoolArgument.resolve(typed, in: data)
        guard data.carries(measure, school: school) else {
            throw ValidationError("Школа «\(data.school(school)?.shortName ?? school)» не участвует в мероприятии \(measure.number).")
        }
        return [school]
    }

    private func occurrenceDay(_ date: Day?) throws -> Day? {
        let windows = schedule.deadline(of: measure).windows
        let list = windows.map { "\($0.start.russian)–\($0.end.russian)" }.joined(separator: ", ")
        guard windows.count > 1 else {
            if let date, let window = windows.first, !window.contains(date) {
                throw ValidationError("--occurrence: \(date.russian) вне срока мероприятия \(measure.number) (\(list)).")
            }
            return nil
        }
        guard let date else {
            throw ValidationError("Мероприятие \(measure.number) повторяется: укажите --occurrence — дату внутри одного из периодов: \(list).")
        }
        guard case .some(let day) = schedule.occurrenceDay(of: measure, containing: date) else {
            throw ValidationError("--occurrence: \(date.russian) не попадает ни в один период мероприятия \(measure.number.withoutFinalDot): \(list).")
        }
        return day
    }
}

enum MarkOutput {
    static func line(key: ProgressKey, from old: Status, data: RoadmapData) -> String {
        guard let measure = data.measure(key.measure), let record = data.record(key) else { return "" }
        var text = "Мероприятие \(measure.number) «\(Console.visible(DisplayTitle.short(measure.title)))»"
        if let school = key.school { text += ", школа \(Console.visible(data.school(school)?.shortName ?? school))" }
        if let day = key.occurrence { text += ", срок до \(day.russian)" }
        text += ": \(old.russian) → \(record.status.russian)"
        if let doneOn = record.doneOn { text += " \(doneOn.russian)" }
        if let note = record.note { text += "; отметка: «\(Console.visible(note))»" }
        return text
    }
}

enum DisplayTitle {
    /// The first words of a long title, for one-line messages.
    static func short(_ title: String, limit: Int = 60) -> String {
        title.count <= limit ? title : String(title.prefix(limit - 1)) + "…"
    }
}
