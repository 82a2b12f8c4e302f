import Foundation
import RoadmapModel

/// The measure form: its fields from a measure, and a measure from its fields.
enum MeasureForm {
    static let scopes = ["муниципальный уровень", "каждая школа программы", "выбранные школы"]

    static func edit(_ measure: Measure, data: RoadmapData) -> Form {
        Form(.editMeasure(measure.id), title: "Мероприятие \(measure.number)", fields: fields(measure, data: data))
    }

    /// A new measure after `after` in `section`, its number proposed from the neighbours.
    static func new(after: Measure?, section: String, data: RoadmapData) -> Form {
        let number = data.proposedNumber(after: after?.id, section: section)
        let draft = Measure(id: "", number: number, section: section, title: "", deadline: "",
                            scope: after?.scope.isPerSchool == true ? .everySchool : .municipal)
        var form = Form(.newMeasure(after: after?.id), title: "Новое мероприятие", fields: fields(draft, data: data))
        form.proposedNumber = number
        return form
    }

    /// After the section changed: a proposed number nobody has touched
    /// becomes the next free number of the chosen section («1.3» in
    /// section 1, «2.1» once section 2 is chosen).
    static func followSection(_ form: inout Form, data: RoadmapData) {
        guard case .newMeasure(let after) = form.purpose, let proposed = form.proposedNumber,
              form.text(.number) == proposed else { return }
        let section = draft(form, data: data).section
        let number = data.proposedNumber(after: after, section: section)
        form.update(.number) { $0.editor = LineEditor(number) }
        form.proposedNumber = number
    }

    private static func fields(_ measure: Measure, data: RoadmapData) -> [FormField] {
        let sections = data.roadmap.sections
        let sectionIndex = sections.firstIndex { $0.number == measure.section } ?? max(0, sections.count - 1)
        let scopeIndex: Int
        var chosen: Set<Int> = []
        switch measure.scope {
        case .municipal: scopeIndex = 0
        case .everySchool: scopeIndex = 1
        case .schools(let ids):
            scopeIndex = 2
            chosen = Set(data.schools.indices.filter { ids.contains(data.schools[$0].id) })
        }
        var schools = FormField(.scopeSchools, "Школы", toggles: data.schools.map(\.shortName), on: chosen)
        schools.hidden = scopeIndex != 2
        return [
            FormField(.number, "Номер", text: measure.number),
            FormField(.section, "Раздел", choices: sections.map { "\($0.number). \($0.title)" }, chosen: sectionIndex),
            FormField(.title, "Мероприятие", text: measure.title, rows: 3),
            FormField(.deadline, "Срок", text: measure.deadline),
            FormField(.responsible, "Ответственные", text: ResponsibleList.join(measure.responsible)),
            FormField(.result, "Результат", text: measure.result ?? "", rows: 2),
            FormField(.scope, "Исполняет", choices: scopes, chosen: scopeIndex),
            schools,
        ]
    }

    /// The measure the form describes now (not yet checked).
    static func draft(_ form: Form, data: RoadmapData) -> Measure {
        let sections = data.roadmap.sections
        let section = sections.indices.contains(form.index(.section)) ? sections[form.index(.section)].number : ""
        let scope: MeasureScope
        switch form.index(.scope) {
        case 0: scope = .municipal
        case 1: scope = .everySchool
        default:
            let on = form.field(.scopeSchools)?.toggled ?? []
            scope = .schools(data.schools.indices.filter(on.contains).map { data.schools[$0].id })
        }
        var notes: String?
        if case .editMeasure(let id) = form.purpose { notes = data.measure(id)?.notes }
        return Measure(id: "", number: form.text(.number), section: section, title: form.text(.title),
                       deadline: form.text(.deadline), responsible: ResponsibleList.parse(form.text(.responsible)),
                       result: form.text(.result), scope: scope, notes: notes)
    }

    /// Keeps the schools list visible only for «выбранные школы».
    static func refresh(_ form: inout Form) {
        let hidden = form.index(.scope) != 2
        form.update(.scopeSchools) { $0.hidden = hidden }
    }

    /// The line under the deadline: how the text is read, as it is typed.
    static func reading(_ form: Form, data: RoadmapData) -> (text: String, isWarning: Bool)? {
        let phrase = form.text(.deadline)
        guard !phrase.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let deadline = DeadlineParser.parse(phrase, in: data.roadmap.deadlineContext)
        if !deadline.isRecognized {
            return ("⚠ срок не распознан: мероприятие не попадёт в просроченные", true)
        }
        return (DetailView.reading(deadline), false)
    }
}
