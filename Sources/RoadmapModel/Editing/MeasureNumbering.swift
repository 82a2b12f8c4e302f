/// Numbers for new measures and renumbering a section.
extension RoadmapData {
    /// A free number for a measure added after `after` in `section`: the
    /// next number at the same level when it is free («2.4» → «2.5»),
    /// else one level deeper («2.4.1»), else the section's first number.
    /// `after` counts only when it is in `section`: once the form moves the
    /// new measure to another section, that section's numbers decide.
    public func proposedNumber(after: String?, section: String) -> String {
        if let after, let measure = measure(after), measure.section == section {
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
        if isNumberedStraightThrough, let last = measures.last {
            return MeasureNumber.printed(String((measures.compactMap { Int($0.id) }.max() ?? 0) + 1), like: last.number)
        }
        // An empty section starts at its own number, written the way the
        // roadmap writes its numbers («2.1.» where the others are «1.1.»).
        let prefix = Self.prefix(of: section)
        let model = measures.last?.number ?? ""
        for k in 1... where self.measure("\(prefix).\(k)") == nil {
            return MeasureNumber.printed("\(prefix).\(k)", like: model)
        }
        return prefix
    }

    /// Numbers the section's measures in their order under the section's
    /// own number: «2.1», «2.2», … in section 2 or II (with the trailing
    /// dot when its first measure has one) — a measure moved in from
    /// another section takes this section's numbers too. A roadmap that
    /// numbers measures straight through («1» … «18») counts on from the
    /// section's first number. Progress records follow. Returns old id →
    /// new id for the measures that changed.
    @discardableResult
    public mutating func renumberSection(_ section: String) throws(EditError) -> (renames: [String: String], change: ProgressChange) {
        let indices = measures.indices.filter { measures[$0].section == section }
        guard let first = indices.first else {
            throw EditError(.sectionNumber, "в разделе «\(section)» нет мероприятий")
        }
        let model = measures[first].number
        let numbers = try numbers(for: section, count: indices.count, first: measures[first])
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

    /// The ids `count` measures of `section` get, in order.
    private func numbers(for section: String, count: Int, first: Measure) throws(EditError) -> [String] {
        if isNumberedStraightThrough, let start = Int(first.id) {
            return (0..<count).map { String(start + $0) }
        }
        if RomanNumeral.arabic(MeasureNumber.id(of: section)) != nil {
            let prefix = Self.prefix(of: section)
            return (1...count).map { "\(prefix).\($0)" }
        }
        // A section named by a letter or a word: the prefix its first measure has.
        let parts = first.id.split(separator: ".").map(String.init)
        guard parts.count > 1 else {
            throw EditError(.number, "номер «\(first.number)» не числовой: перенумеровать раздел не получится")
        }
        let prefix = parts.dropLast().joined(separator: ".")
        return (1...count).map { "\(prefix).\($0)" }
    }

    /// Every measure numbered by one plain number («1» … «18»), as in the Terek roadmap.
    var isNumberedStraightThrough: Bool {
        !measures.isEmpty && measures.allSatisfy { Int($0.id) != nil }
    }

    /// The Arabic number measure numbers of a section start with: «2» for «II» and «2».
    static func prefix(of section: String) -> String {
        let id = MeasureNumber.id(of: section)
        return RomanNumeral.arabic(id).map(String.init) ?? id
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
