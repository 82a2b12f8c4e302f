import Foundation

/// Adding, renaming and reordering the roadmap's sections. A section's new
/// number is carried into its measures.
extension RoadmapData {
    public func problems(with section: Section, replacing: String? = nil) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let number = MeasureNumber.id(of: section.number)
        if number.isEmpty {
            problems.append(FieldProblem(.sectionNumber, "укажите номер раздела («1», «II»)"))
        } else if !MeasureNumber.isValid(number) {
            problems.append(FieldProblem(.sectionNumber, "номер раздела «\(number)»: только цифры, буквы и точки"))
        } else if number != replacing, roadmap.sections.contains(where: { $0.number == number }) {
            problems.append(FieldProblem(.sectionNumber, "раздел «\(number)» уже есть"))
        }
        if section.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(FieldProblem(.sectionTitle, "название раздела не может быть пустым"))
        }
        return problems
    }

    /// Adds a section after `after` (a section number), else at the end.
    public mutating func addSection(_ draft: Section, after: String? = nil) throws(EditError) {
        let section = Self.normalized(draft)
        let problems = problems(with: section)
        guard problems.isEmpty else { throw EditError(problems) }
        let index = after.flatMap { a in roadmap.sections.firstIndex { $0.number == a } }.map { $0 + 1 }
            ?? roadmap.sections.count
        roadmap.sections.insert(section, at: index)
    }

    /// Changes a section's number and title; its measures follow a new number.
    public mutating func updateSection(_ number: String, to draft: Section) throws(EditError) {
        guard let index = roadmap.sections.firstIndex(where: { $0.number == number }) else {
            throw EditError(.sectionNumber, "раздела «\(number)» нет в дорожной карте")
        }
        let section = Self.normalized(draft)
        let problems = problems(with: section, replacing: number)
        guard problems.isEmpty else { throw EditError(problems) }
        roadmap.sections[index] = section
        for i in measures.indices where measures[i].section == number { measures[i].section = section.number }
    }

    /// Moves a section one place up (-1) or down (+1), with its measures, so
    /// the measures file reads in the roadmap's order. False at either end.
    @discardableResult
    public mutating func moveSection(_ number: String, by step: Int) -> Bool {
        guard let index = roadmap.sections.firstIndex(where: { $0.number == number }) else { return false }
        let target = index + step
        guard roadmap.sections.indices.contains(target) else { return false }
        roadmap.sections.swapAt(index, target)
        let order = Dictionary(uniqueKeysWithValues: roadmap.sections.enumerated().map { ($1.number, $0) })
        // A stable sort keeps each section's measures in their own order.
        measures = measures.enumerated().sorted {
            let a = order[$0.element.section] ?? Int.max, b = order[$1.element.section] ?? Int.max
            return a != b ? a < b : $0.offset < $1.offset
        }.map(\.element)
        return true
    }

    static func normalized(_ draft: Section) -> Section {
        Section(number: MeasureNumber.id(of: draft.number),
                title: draft.title.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
