import Foundation

extension RoadmapData {
    /// Everything wrong with a measure before it is saved, field by field.
    /// `replacing` is the id of the measure being edited (nil for a new one),
    /// so a measure does not clash with itself.
    public func problems(with measure: Measure, replacing: String? = nil) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let number = measure.number.trimmingCharacters(in: .whitespaces)
        let id = MeasureNumber.id(of: number)
        if id.isEmpty {
            problems.append(FieldProblem(.number, "укажите номер мероприятия"))
        } else if !MeasureNumber.isValid(id) {
            problems.append(FieldProblem(.number, "номер «\(number)»: только цифры, буквы и точки, например «2.10»"))
        } else if id != replacing, let other = self.measure(id) {
            problems.append(FieldProblem(.number, "номер «\(id)» уже занят: «\(MeasureNumber.short(other.title))»"))
        }
        if !roadmap.sections.contains(where: { $0.number == measure.section }) {
            problems.append(FieldProblem(.section, roadmap.sections.isEmpty
                ? "в дорожной карте нет разделов: сначала добавьте раздел"
                : "раздела «\(measure.section)» нет в дорожной карте"))
        }
        if measure.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(FieldProblem(.title, "название не может быть пустым"))
        }
        if measure.deadline.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(FieldProblem(.deadline, "укажите срок, как он напечатан («Ноябрь 2022 г.», «Постоянно»)"))
        }
        if case .schools(let ids) = measure.scope {
            if ids.isEmpty {
                problems.append(FieldProblem(.scopeSchools, "выберите хотя бы одну школу"))
            }
            let unknown = ids.filter { school($0) == nil }
            if !unknown.isEmpty {
                let names = unknown.map { "«\($0)»" }.joined(separator: ", ")
                problems.append(FieldProblem(.scopeSchools, (unknown.count == 1 ? "нет такой школы: " : "нет таких школ: ") + names))
            }
        }
        return problems
    }
}

/// Measure numbers as printed and as ids.
public enum MeasureNumber {
    /// The id is the printed number without its trailing dot: «2.4.» → «2.4».
    public static func id(of number: String) -> String {
        var id = number.trimmingCharacters(in: .whitespaces)
        while id.hasSuffix(".") { id.removeLast() }
        return id
    }

    /// Letters (Latin or Cyrillic), digits and inner dots: «2.10», «3а», «IV.2».
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && !id.contains("..")
            && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
    }

    /// The number following `number` at its last level: «2.4.» → «2.5.», «7» → «8».
    /// Nil when the last part is not a number.
    public static func next(after number: String) -> String? {
        let id = self.id(of: number)
        var parts = id.split(separator: ".").map(String.init)
        guard let last = parts.last, let n = Int(last) else { return nil }
        parts[parts.count - 1] = String(n + 1)
        return printed(parts.joined(separator: "."), like: number)
    }

    /// An id written the way `model` is: with a trailing dot when it has one.
    public static func printed(_ id: String, like model: String) -> String {
        model.trimmingCharacters(in: .whitespaces).hasSuffix(".") ? id + "." : id
    }

    /// The beginning of a title, for messages.
    public static func short(_ title: String) -> String {
        let flat = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }
}
