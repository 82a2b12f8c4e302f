import Foundation

/// Adding, changing and deleting measures. Each operation checks first and
/// changes nothing when it throws; progress records follow their measure.
extension RoadmapData {
    /// Adds a measure after `after` (a measure id), else at the end of its
    /// section, else at the end.
    public mutating func addMeasure(_ draft: Measure, after: String? = nil) throws(EditError) {
        let measure = Self.normalized(draft)
        let problems = problems(with: measure)
        guard problems.isEmpty else { throw EditError(problems) }
        measures.insert(measure, at: insertionIndex(for: measure, after: after))
    }

    /// Replaces measure `id` with `draft`. A new number takes the progress
    /// records along; records that no longer fit the scope (municipal ↔ per
    /// school, a school taken off the list) are removed and counted.
    @discardableResult
    public mutating func updateMeasure(_ id: String, to draft: Measure) throws(EditError) -> ProgressChange {
        guard let index = measures.firstIndex(where: { $0.id == id }) else {
            throw EditError(.number, "мероприятия «\(id)» нет в дорожной карте")
        }
        let measure = Self.normalized(draft)
        let problems = problems(with: measure, replacing: id)
        guard problems.isEmpty else { throw EditError(problems) }
        measures[index] = measure
        var change = moveRecords([id: measure.id])
        change.merge(removeRecords(ofMeasure: measure.id) { !Self.fits($0, measure.scope) })
        return change
    }

    /// Removes a measure and every progress record it had.
    @discardableResult
    public mutating func deleteMeasure(_ id: String) -> ProgressChange {
        guard let index = measures.firstIndex(where: { $0.id == id }) else { return ProgressChange() }
        measures.remove(at: index)
        return removeRecords(ofMeasure: id) { _ in true }
    }

    /// Whether a record belongs to a measure of this scope: municipal
    /// records have no school, per-school ones one the scope includes.
    static func fits(_ key: ProgressKey, _ scope: MeasureScope) -> Bool {
        switch scope {
        case .municipal: return key.school == nil
        case .everySchool: return key.school != nil
        case .schools(let ids): return key.school.map(ids.contains) ?? false
        }
    }

    /// The id from the number, spaces trimmed, empty entries dropped.
    static func normalized(_ draft: Measure) -> Measure {
        var measure = draft
        measure.number = draft.number.trimmingCharacters(in: .whitespaces)
        measure.id = MeasureNumber.id(of: measure.number)
        measure.title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        measure.deadline = draft.deadline.trimmingCharacters(in: .whitespacesAndNewlines)
        measure.responsible = draft.responsible.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        measure.result = Self.optional(draft.result)
        measure.notes = Self.optional(draft.notes)
        return measure
    }

    static func optional(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private func insertionIndex(for measure: Measure, after: String?) -> Int {
        // `after` places it only within its own section: a measure the form
        // moved to another section goes at the end of that one.
        if let after, let i = measures.firstIndex(where: { $0.id == after && $0.section == measure.section }) {
            return i + 1
        }
        if let last = measures.lastIndex(where: { $0.section == measure.section }) { return last + 1 }
        // A measure of an empty section goes before the measures of the sections after it.
        let order = roadmap.sections.map(\.number)
        if let position = order.firstIndex(of: measure.section) {
            let later = Set(order[(position + 1)...])
            if let first = measures.firstIndex(where: { later.contains($0.section) }) { return first }
        }
        return measures.count
    }
}
