import Foundation

/// Adding, changing, retiring and deleting schools.
extension RoadmapData {
    /// The programmes a school can be in.
    public static let programmes = ["ШНОР", "ШНСУ", "500+"]

    public func problems(with school: School, isNew: Bool) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if school.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(FieldProblem(.name, "укажите полное название («МКОУ СОШ с.п. Урожайное»)"))
        }
        let short = school.shortName.trimmingCharacters(in: .whitespacesAndNewlines)
        if short.isEmpty {
            problems.append(FieldProblem(.shortName, "укажите краткое название («Урожайное»)"))
        } else if let other = schools.first(where: { $0.id != school.id && $0.shortName == short }) {
            problems.append(FieldProblem(.shortName, "краткое название «\(short)» уже у школы «\(other.name)»"))
        }
        if isNew, self.school(school.id) != nil {
            problems.append(FieldProblem(.shortName, "школа с кодом «\(school.id)» уже есть"))
        }
        if !SchoolID.isValid(school.id) {
            problems.append(FieldProblem(.shortName, "код школы «\(school.id)» не годится: нужны латинские строчные буквы, цифры и «-»"))
        }
        let unknownFactors = school.riskFactors.filter { !roadmap.riskFactors.contains($0) }
        if !unknownFactors.isEmpty {
            problems.append(FieldProblem(.riskFactors, "фактора риска «\(unknownFactors[0])» нет в списке дорожной карты"))
        }
        if school.partners.contains(school.id) {
            problems.append(FieldProblem(.partners, "школа не может быть партнёром самой себе"))
        }
        if let joined = school.joined, let left = school.left, left <= joined {
            problems.append(FieldProblem(.joined, "дата выбытия \(left.russian) не позже даты вступления \(joined.russian)"))
        }
        return problems
    }

    public mutating func addSchool(_ draft: School) throws(EditError) {
        let school = Self.normalized(draft)
        let problems = problems(with: school, isNew: true)
        guard problems.isEmpty else { throw EditError(problems) }
        schools.append(school)
    }

    /// Replaces the school with the same id (an id never changes: it names
    /// the school's progress file).
    public mutating func updateSchool(_ draft: School) throws(EditError) {
        guard let index = schools.firstIndex(where: { $0.id == draft.id }) else {
            throw EditError(.shortName, "школы «\(draft.id)» нет в программе")
        }
        let school = Self.normalized(draft)
        let problems = problems(with: school, isNew: false)
        guard problems.isEmpty else { throw EditError(problems) }
        schools[index] = school
    }

    /// The school leaves the programme on `day`: it keeps its history and
    /// is no longer counted from that day.
    public mutating func retireSchool(_ id: String, on day: Day) throws(EditError) {
        guard let index = schools.firstIndex(where: { $0.id == id }) else {
            throw EditError(.shortName, "школы «\(id)» нет в программе")
        }
        if let joined = schools[index].joined, day <= joined {
            throw EditError(.joined, "школа вступила в программу \(joined.russian): выбыть \(day.russian) она не может")
        }
        schools[index].left = day
    }

    /// Deletes a school and every progress record it had; measures that
    /// listed it stop listing it, and partners stop naming it.
    @discardableResult
    public mutating func deleteSchool(_ id: String) -> ProgressChange {
        guard let index = schools.firstIndex(where: { $0.id == id }) else { return ProgressChange() }
        schools.remove(at: index)
        var change = ProgressChange()
        for record in records(ofSchool: id) {
            restore(nil, for: record.key)
            change.removed += 1
        }
        change.partitions.insert(id)
        for i in measures.indices {
            if case .schools(let ids) = measures[i].scope, ids.contains(id) {
                measures[i].scope = .schools(ids.filter { $0 != id })
            }
        }
        for i in schools.indices { schools[i].partners.removeAll { $0 == id } }
        return change
    }

    static func normalized(_ draft: School) -> School {
        var school = draft
        school.name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines)
        school.shortName = draft.shortName.trimmingCharacters(in: .whitespacesAndNewlines)
        for path in [\School.locality, \.curator, \.mentor, \.contact, \.notes] {
            school[keyPath: path] = optional(draft[keyPath: path])
        }
        school.partners = draft.partners.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // The programmes in the documents' order, each once.
        school.programmes = programmes.filter(draft.programmes.contains)
            + draft.programmes.filter { !programmes.contains($0) }
        return school
    }
}
