import ArgumentParser
import TextWidth
import RoadmapDocuments
import RoadmapModel
import RoadmapStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Дорожная карта по разделам: каждое мероприятие, его срок и состояние.",
        discussion: "Пример: roadmap list --as-of 01.03.2021 --format json"
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var date: AsOfOption

    @OptionGroup var schoolFilter: SchoolFilter

    @Option(help: ArgumentHelp("Формат: table или json.", valueName: "FORMAT"))
    var format: OutputFormat = .table

    func validate() throws {
        if format == .csv { throw ValidationError("--format: для list доступны table и json.") }
    }

    func run() throws {
        let (_, data) = try options.load()
        let school = try schoolFilter.checked(in: data)
        let listing = Listing(data: data, schedule: Schedule(data), asOf: try date.day(at: options), school: school)
        Console.out(format == .json ? listing.json() : listing.text(), terminator: format == .json ? "" : "\n")
    }
}

/// The roadmap by sections with each measure's state on a date.
struct Listing {
    let data: RoadmapData
    let schedule: Schedule
    let asOf: Day
    let school: String?

    func text() -> String {
        let roadmap = data.roadmap
        var out = [Self.fitted(Console.visible(roadmap.title)),
                   Self.fitted("\(Console.visible(roadmap.municipality)), период \(roadmap.period), по состоянию на \(asOf.russian)")]
        if let school, let named = data.school(school) {
            out.append(Console.visible("Школа: \(named.shortName) — только мероприятия, которые она выполняет"))
        }
        let columns: [TextTable.Column] = [.init(header: "№"), .init(header: "Мероприятие", flexible: true),
                                           .init(header: "Срок", wraps: true), .init(header: "Состояние", wraps: true)]
        let tables = sections().map { section in
            TextTable(columns: columns, rows: measures(in: section).map { [$0.number, $0.title, $0.deadline, summary(of: $0)] })
        }
        // One set of widths for every section, so the columns stand in one line down the page.
        for (section, table) in zip(sections(), TextTable.render(tables, width: Console.terminalWidth)) {
            out.append("")
            out.append(Self.fitted(Console.visible("\(section.number). \(section.title)")))
            out.append(table)
        }
        return out.joined(separator: "\n")
    }

    /// A heading broken at spaces to the terminal's width; whole when piped.
    static func fitted(_ text: String) -> String {
        guard let width = Console.terminalWidth else { return text }
        return Wrap.lines(text, width: width).joined(separator: "\n")
    }

    /// The «Состояние» cell in the справка's words: one occurrence as its
    /// «Отметка о выполнении» states it («Не выполнено (срок 30.04.2022).»),
    /// several as the справка's count («из 7: выполнено 2, просрочено 5»).
    func summary(of measure: Measure) -> String {
        let counts = schedule.counts(of: measure, in: data, asOf: asOf, school: school)
        let deadline = schedule.deadline(of: measure)
        if counts.total == 1, let occurrence = schedule.occurrences(of: measure, in: data).first(where: { school == nil || $0.school == school }) {
            let record = data.entry(of: occurrence.key, asOf: asOf)
            return ReportWording.state(status: record?.status ?? .planned, doneOn: record?.doneOn,
                                       window: occurrence.window, deadline: deadline.kind, asOf: asOf)
        }
        if counts.total > 1, let named = namedStates(of: measure, deadline) { return named }
        if counts.total > 1 { return ReportWording.tally(counts) }
        return ReportWording.noSchools
    }

    /// A cell that names its windows («предварительный отчёт – 10 июня…,
    /// итоговый – 30 июня…»): each occurrence's state under its name, when
    /// one school's (or the municipal) occurrences are listed.
    private func namedStates(of measure: Measure, _ deadline: Deadline) -> String? {
        let occurrences = schedule.occurrences(of: measure, in: data).filter { school == nil || $0.school == school }
        guard deadline.hasNames, Set(occurrences.map(\.school)).count == 1 else { return nil }
        return occurrences.map { occurrence in
            let record = data.entry(of: occurrence.key, asOf: asOf)
            let name = occurrence.window.flatMap(deadline.name(of:)) ?? occurrence.window.map(OccurrenceName.window) ?? ""
            return Console.visible(name) + ": " + ReportWording.state(status: record?.status ?? .planned, doneOn: record?.doneOn,
                                                                    window: occurrence.window, deadline: deadline.kind, asOf: asOf)
        }.joined(separator: " ")
    }

    func json() -> String {
        JSONWriter.string(.object([
            "title": .string(data.roadmap.title),
            "period": .string(data.roadmap.period.description),
            "asOf": .string(asOf.iso),
            "sections": .array(sections().map { section in
                .object(["number": .string(section.number), "title": .string(section.title),
                         "measures": .array(measures(in: section).map(measureJSON))])
            }),
        ]), escaping: .display)
    }

    private func measureJSON(_ measure: Measure) -> JSON {
        let deadline = schedule.deadline(of: measure)
        let occurrences = schedule.occurrences(of: measure, in: data).filter { school == nil || $0.school == school }
        return .object([
            "id": .string(measure.id), "number": .string(measure.number), "title": .string(measure.title),
            "deadline": .string(measure.deadline), "deadlineKind": .string(deadline.kind.rawValue),
            "responsible": .array(measure.responsible.map { .string($0) }),
            "perSchool": .bool(measure.scope.isPerSchool),
            "occurrences": .array(occurrences.map { occurrence in
                // As of the date: a «выполнено» dated later is not there yet.
                let record = data.entry(of: occurrence.key, asOf: asOf)
                let status = record?.status ?? .planned
                let name = occurrence.window.flatMap(deadline.name(of:))
                return .object([
                    "start": occurrence.window.map { .string($0.start.iso) } ?? .null,
                    "due": occurrence.due.map { .string($0.iso) } ?? .null,
                    "school": occurrence.school.map { .string($0) } ?? .null,
                    "status": .string(status.rawValue),
                    "overdue": .bool(schedule.isOverdue(occurrence, status: status, asOf: asOf)),
                    "note": record?.note.map { .string($0) } ?? .null,
                    "doneOn": record?.doneOn.map { .string($0.iso) } ?? .null,
                    "name": name.map { .string($0) } ?? .null,
                ])
            }),
        ])
    }

    /// The roadmap's sections, plus any section a measure names that the
    /// roadmap does not list, so no measure is ever left out; for one
    /// school, only the sections where it has something to do.
    private func sections() -> [Section] {
        var result = data.roadmap.sections
        for measure in data.measures where !result.contains(where: { $0.number == measure.section }) {
            result.append(Section(number: measure.section, title: "(раздел не описан)"))
        }
        return school == nil ? result : result.filter { !measures(in: $0).isEmpty }
    }

    /// For one school, only the measures it carries out, as its report
    /// has them: municipal measures belong to the department.
    private func measures(in section: Section) -> [Measure] {
        data.measures.filter { measure in
            guard measure.section == section.number else { return false }
            guard let school else { return true }
            return measure.scope.isPerSchool
                && schedule.occurrences(of: measure, in: data).contains { $0.school == school }
        }
    }
}
