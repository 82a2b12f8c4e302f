import RoadmapModel

/// Three-way merge of one progress file, record by record: `base` is the
/// file as this process last saw it, `mine` what it wants to write,
/// `theirs` what is on disk now. A record only one side changed takes that
/// side; a record both changed the same way is kept once; a record both
/// changed differently is a conflict, and then nothing is written — never
/// one change silently dropped for the other.
struct ProgressMerge {
    struct Conflict: Hashable {
        var key: ProgressKey
        /// The change on disk that this process did not see.
        var theirs: HistoryEntry?
    }

    var records: [ProgressKey: ProgressRecord] = [:]
    /// Keys whose record came from disk, not from this process.
    var takenFromOthers: [ProgressKey] = []
    var conflicts: [Conflict] = []

    init(base: [ProgressKey: ProgressRecord], mine: [ProgressKey: ProgressRecord],
         theirs: [ProgressKey: ProgressRecord]) {
        var keys = Set(base.keys)
        keys.formUnion(mine.keys)
        keys.formUnion(theirs.keys)
        for key in keys.sorted() {
            let b = base[key], m = mine[key], t = theirs[key]
            let chosen: ProgressRecord?
            if m == b {
                chosen = t
                if t != b { takenFromOthers.append(key) }
            } else if t == b || t == m {
                chosen = m
            } else {
                conflicts.append(Conflict(key: key, theirs: t?.current))
                continue
            }
            if let chosen { records[key] = chosen }
        }
    }
}
