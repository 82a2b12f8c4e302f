import Foundation
import RoadmapModel

/// The school form: its fields from a school, and a school from its fields.
enum SchoolForm {
    static let growthChoices = ["нет", "открыта", "планируется"]

    static func edit(_ school: School, data: RoadmapData) -> Form {
        Form(.editSchool(school.id), title: "Школа «\(school.shortName)»", fields: fields(school, data: data))
    }

    /// A new school; one added after the period began joins on the as-of date.
    static func new(data: RoadmapData, asOf: Day) -> Form {
        let joined = asOf > data.roadmap.period.start && asOf <= data.roadmap.period.end ? asOf : nil
        let draft = School(id: "", name: "", shortName: "", programmes: ["ШНОР"], joined: joined)
        return Form(.newSchool, title: "Новая школа", fields: fields(draft, data: data))
    }

    private static func fields(_ school: School, data: RoadmapData) -> [FormField] {
        let programmes = RoadmapData.programmes
        let factors = data.roadmap.riskFactors
        let growth = school.growthPoint.map { $0.planned ? 2 : 1 } ?? 0
        let partners = school.partners.map { data.school($0)?.shortName ?? $0 }
        return [
            FormField(.name, "Полное название", text: school.name, rows: 2),
            FormField(.shortName, "Краткое", text: school.shortName),
            FormField(.locality, "Населённый пункт", text: school.locality ?? ""),
            FormField(.programmes, "Программы", toggles: programmes,
                      on: Set(programmes.indices.filter { school.programmes.contains(programmes[$0]) })),
            FormField(.curator, "Куратор", text: school.curator ?? ""),
            FormField(.mentor, "Наставник", text: school.mentor ?? ""),
            FormField(.partners, "Школы-партнёры", text: ResponsibleList.join(partners)),
            FormField(.growthPoint, "«Точка роста»", choices: growthChoices, chosen: growth),
            FormField(.growthPointDate, "Дата открытия", text: school.growthPoint?.opened?.russian ?? ""),
            FormField(.riskFactors, "Факторы риска", toggles: factors,
                      on: Set(factors.indices.filter { school.riskFactors.contains(factors[$0]) })),
            FormField(.contact, "Контактное лицо", text: school.contact ?? ""),
            FormField(.notes, "Заметки", text: school.notes ?? "", rows: 2),
            FormField(.joined, "В программе с", text: school.joined?.russian ?? ""),
        ]
    }

    /// The school the form describes now, or the date fields it could not read.
    static func draft(_ form: Form, data: RoadmapData) -> Result<School, EditError> {
        var problems: [FieldProblem] = []
        func date(_ id: EditField) -> Day? {
            let text = form.text(id).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            if let day = Day.parse(text) { return day }
            problems.append(FieldProblem(id, "дата «\(text)» не прочитана: нужен вид ДД.ММ.ГГГГ"))
            return nil
        }
        var school: School
        switch form.purpose {
        case .editSchool(let id): school = data.school(id) ?? School(id: id, name: "", shortName: "")
        default:
            school = School(id: SchoolID.make(from: form.text(.shortName), taken: Set(data.schools.map(\.id))),
                            name: "", shortName: "")
        }
        school.name = form.text(.name)
        school.shortName = form.text(.shortName)
        school.locality = form.text(.locality)
        school.programmes = form.field(.programmes)?.chosenItems ?? []
        school.curator = form.text(.curator)
        school.mentor = form.text(.mentor)
        // Partners named by a short name in the data are kept by id.
        school.partners = ResponsibleList.parse(form.text(.partners)).map { name in
            data.schools.first { $0.shortName == name }?.id ?? name
        }
        let opened = date(.growthPointDate)
        switch form.index(.growthPoint) {
        case 0: school.growthPoint = nil
        case 1: school.growthPoint = GrowthPoint(opened: opened)
        default: school.growthPoint = GrowthPoint(opened: opened, planned: true)
        }
        school.riskFactors = form.field(.riskFactors)?.chosenItems ?? []
        school.contact = form.text(.contact)
        school.notes = form.text(.notes)
        school.joined = date(.joined)
        return problems.isEmpty ? .success(school) : .failure(EditError(problems))
    }

    /// The date field matters only with a «Точка роста».
    static func refresh(_ form: inout Form) {
        let hidden = form.index(.growthPoint) == 0
        form.update(.growthPointDate) { $0.hidden = hidden }
    }
}
