import RoadmapModel

/// The rule for a record two machines changed differently: both histories
/// are kept, each entry once (same `at`, `by`, status, note and day done),
/// in time order, so the record stands at the latest mark. Entries of one
/// side keep their order; entries of the two sides made at the same instant
/// are ordered by author, then status, note and day done, so both machines
/// reach the same record whichever side is theirs.
enum HistoryUnion {
    static func merge(_ a: [HistoryEntry], _ b: [HistoryEntry]) -> [HistoryEntry] {
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        var result = Array(a[..<common])
        let restA = a[common...], restB = b[common...]
        let inA = Set(restA)
        var i = restA.startIndex, j = restB.startIndex
        while i < restA.endIndex || j < restB.endIndex {
            if j < restB.endIndex, inA.contains(restB[j]) {
                j += 1
            } else if j == restB.endIndex || (i < restA.endIndex && comesFirst(restA[i], restB[j])) {
                result.append(restA[i])
                i += 1
            } else {
                result.append(restB[j])
                j += 1
            }
        }
        return result
    }

    /// Whether `x` goes before `y`: by instant, ties by the documented order.
    static func comesFirst(_ x: HistoryEntry, _ y: HistoryEntry) -> Bool {
        let tx = Instant(x.at), ty = Instant(y.at)
        if let tx, let ty, tx != ty { return tx < ty }
        return tieKey(x).lexicographicallyPrecedes(tieKey(y))
    }

    private static func tieKey(_ entry: HistoryEntry) -> [String] {
        [entry.by, entry.status.rawValue, entry.note ?? "", entry.doneOn?.iso ?? "", entry.at]
    }
}
