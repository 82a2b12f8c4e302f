/// Numbers for new measures and renumbering a section.
extension RoadmapData {
    /// A free number for a measure added after `after` in `section`: the
    /// next number at the same level when it is free («2.4» → «2.5»),
    /// else one level deeper («2.4.1»), else the section's first number.
    public func proposedNumber(after: String?, section: String) -> String {
        if let after, let measure = measure(after) {
            if let next = MeasureNumber.next(after: measure.number), self.measure(MeasureNumber.id(of: next)) == nil {
                return next
            }
            for k in 1... {
                let deeper = measure.id + ".\(k)"
                if self.measure(deeper) == nil { return MeasureNumber.printed(deeper, like: measure.number) }
            }
        }
        let inSection = measures.filter { $0.section == section }
        if let last = inSection.last, let next = MeasureNumber.next(after: last.number),
           self.measure(MeasureNumber.id(of: next)) == nil {
            return next
        }
        // A roadmap numbered straight through («1» … «18») goes on counting.
        if !measures.isEmpty, measures.allSatisfy({ Int($0.id) != nil }) {
            return String((measures.compactMap { Int($0.id) }.max() ?? 0) + 1)
        }
        let prefix = RomanNumeral.arabic(section).map(String.init) ?? section
        for k in 1... where self.measure("\(prefix).\(k)") == nil {
            return "\(prefix).\(k)"
        }
        return prefix
    }

    /// Numbers the section's measures in their order: «2.1», «2.2», … (the
    /// prefix and the trailing dot taken from its first measure), or, when
    /// the roadmap numbers measures straight through («1» … «18»), from the
    /// first measure's number on. Progress records follow. Returns old id →
    /// new id for the measures that changed.
    @discardableResult
    public mutating func renumberSection(_ section: String) throws(EditError) -> (renames: [String: String], change: ProgressChange) {
        let indices = measures.indices.filter { measures[$0].section == section }
        guard let first = indices.first else {
            throw EditError(.sectionNumber, "в разделе «\(section)» нет мероприятий")
        }
        let model = measures[first].number
        let parts = measures[first].id.split(separator: ".").map(String.init)
        let numbers: [String]
        if parts.count > 1 {
            let prefix = parts.dropLast().joined(separator: ".")
            numbers = indices.indices.map { "\(prefix).\($0 + 1)" }
        } else if let start = Int(parts[0]) {
            numbers = indices.indices.map { String(start + $0) }
        } else {
            throw EditError(.number, "номер «\(model)» не числовой: перенумеровать раздел не получится")
        }
        let own = Set(indices.map { measures[$0].id })
        let clashes = numbers.filter { measure($0) != nil && !own.contains($0) }
        guard clashes.isEmpty else {
            throw EditError(.number, "номера \(clashes.map { "«\($0)»" }.joined(separator: ", ")) уже заняты в других разделах")
        }
        var renames: [String: String] = [:]
        for (index, id) in zip(indices, numbers) where measures[index].id != id {
            renames[measures[index].id] = id
            measures[index].id = id
            measures[index].number = MeasureNumber.printed(id, like: model)
        }
        return (renames, moveRecords(renames))
    }
}

/// Section numbers are often Roman («II»); measure numbers under them Arabic («2.1»).
public enum RomanNumeral {
    public static func arabic(_ text: String) -> Int? {
        if let n = Int(text) { return n }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        let digits = text.uppercased().compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == text.count else { return nil }
        var total = 0
        for (i, v) in digits.enumerated() {
            total += i + 1 < digits.count && v < digits[i + 1] ? -v : v
        }
        return total
    }
}
