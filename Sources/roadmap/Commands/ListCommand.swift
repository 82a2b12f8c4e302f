import ArgumentParser
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
        let listing = Listing(data: data, schedule: Schedule(data), asOf: try date.day, school: school)
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
        var out = [Console.visible(roadmap.title), "\(Console.visible(roadmap.municipality)), период \(roadmap.period), по состоянию на \(asOf.russian)"]
        if let school, let named = data.school(school) {
            out.append(Console.visible("Школа: \(named.shortName) — только мероприятия, которые она выполняет"))
        }
        for section in sections() {
            out.append("")
            out.append(Console.visible("\(section.number). \(section.title)"))
            var table = TextTable(columns: [.init(header: "№"), .init(header: "Мероприятие", flexible: true),
                                            .init(header: "Срок"), .init(header: "Состояние")])
            table.rows = measures(in: section).map { [$0.number, $0.title, $0.deadline, summary(of: $0)] }
            out.append(table.render(width: Console.terminalWidth))
        }
        return out.joined(separator: "\n")
    }

    /// The «Состояние» cell, counted by the model's `Standing` as the report
    /// and the dashboard count: one occurrence as «выполняется, просрочено»,
    /// several as the report's «выполнено 2 из 7, просрочено 3».
    func summary(of measure: Measure) -> String {
        let counts = schedule.counts(of: measure, in: data, asOf: asOf, school: school)
        let deadline = schedule.deadline(of: measure)
        var parts: [String] = []
        if counts.total == 1, let occurrence = schedule.occurrences(of: measure, in: data).first(where: { school == nil || $0.school == school }) {
            let status = data.status(of: occurrence.key, asOf: asOf)
            parts.append(schedule.standing(of: occurrence, in: data, asOf: asOf).words(for: status))
        } else if counts.total > 1 {
            parts.append(ReportWording.tally(counts))
        } else {
            parts.append("нет школ")
        }
        if deadline.kind == .unrecognized { parts.append("срок не распознан") }
        return parts.joined(separator: ", ")
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
        ]))
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
                return .object([
                    "start": occurrence.window.map { .string($0.start.iso) } ?? .null,
                    "due": occurrence.due.map { .string($0.iso) } ?? .null,
                    "school": occurrence.school.map { .string($0) } ?? .null,
                    "status": .string(status.rawValue),
                    "overdue": .bool(schedule.isOverdue(occurrence, status: status, asOf: asOf)),
                    "note": record?.note.map { .string($0) } ?? .null,
                    "doneOn": record?.doneOn.map { .string($0.iso) } ?? .null,
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
