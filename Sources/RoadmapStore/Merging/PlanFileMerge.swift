import RoadmapModel

/// schools.json or measures.json merged element by element by id. An element
/// one side changed, added or removed takes that side; one changed
/// differently on both sides (or changed on one, removed on the other) is
/// a conflict only a person can settle, and the merge is refused.
struct PlanFileMerge<Element: Hashable> {
    let file: String
    /// «мероприятие», «школа»: how an element is named in the refusal.
    let what: String
    let decode: (JSONNode, FileLog) -> [(id: String, value: Element)]?

    func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) throws(MergeRefusal) -> [Element] {
        // As for progress files: an undecodable ancestor counts as none.
        let b = (try? elements(base ?? [], side: "общий предок")) ?? []
        let o = try elements(ours, side: "здесь"), t = try elements(theirs, side: "с сервера")
        let old = Dictionary(b, uniquingKeysWith: { a, _ in a })
        let mine = Dictionary(o, uniquingKeysWith: { a, _ in a })
        let other = Dictionary(t, uniquingKeysWith: { a, _ in a })
        var values: [String: Element] = [:]
        var conflicts: [String] = []
        for id in Set(old.keys).union(mine.keys).union(other.keys) {
            let x = old[id], m = mine[id], th = other[id]
            if m == th || th == x {
                values[id] = m
            } else if m == x {
                values[id] = th
            } else {
                conflicts.append(id)
            }
        }
        guard conflicts.isEmpty else {
            let names = conflicts.sorted().prefix(5).map { "\(what) «\(Quote.visible($0))»" }.joined(separator: ", ")
            throw MergeRefusal("\(file): \(names) изменено по-разному на двух компьютерах")
        }
        return Self.order(base: b.map(\.id), ours: o.map(\.id), theirs: t.map(\.id))
            .compactMap { values[$0] }
    }

    /// The order of the side that reordered (ours when both did), with the
    /// other side's new elements placed after the element they followed.
    static func order(base: [String], ours: [String], theirs: [String]) -> [String] {
        let baseSet = Set(base)
        let oursMoved = ours.filter(baseSet.contains) != base.filter(Set(ours).contains)
        var sequence = oursMoved ? ours : theirs
        let other = oursMoved ? theirs : ours
        var present = Set(sequence)
        for (index, id) in other.enumerated() where !present.contains(id) && !baseSet.contains(id) {
            let after = other[..<index].last(where: present.contains)
            let position = after.flatMap { sequence.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            sequence.insert(id, at: position)
            present.insert(id)
        }
        return sequence
    }

    private func elements(_ bytes: [UInt8], side: String) throws(MergeRefusal) -> [(id: String, value: Element)] {
        let (root, log) = try MergeInput.root(bytes, file: file, side: side)
        guard let decoded = decode(root, log), !log.hasErrors else {
            throw MergeInput.refusal(log, file: file, side: side)
        }
        return decoded
    }
}

extension PlanFileMerge where Element == Measure {
    static func measures(_ root: JSONNode, _ log: FileLog) -> [(id: String, value: Measure)]? {
        MeasuresDecoder.decode(root, log: log)?.map { ($0.measure.id, $0.measure) }
    }
}

extension PlanFileMerge where Element == School {
    static func schools(_ root: JSONNode, _ log: FileLog) -> [(id: String, value: School)]? {
        SchoolsDecoder.decode(root, log: log)?.map { ($0.school.id, $0.school) }
    }
}
