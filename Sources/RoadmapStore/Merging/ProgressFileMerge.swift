import RoadmapModel

/// A progress file merged record by record. A record one side changed
/// takes that side; a record both changed differently keeps both histories
/// (`HistoryUnion`) and is reported as resolved. Unlike a dashboard's save
/// (`ProgressMerge`), nothing is refused: both marks were really made, on
/// two machines, and the history is where both belong.
struct ProgressFileMerge {
    let file: String
    let school: String?

    func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) throws(MergeRefusal) -> MergedFile {
        // An ancestor git made itself from two others (a criss-cross
        // history) may not decode; without it every change counts as new on
        // both sides, and the union of histories still loses nothing.
        let b = (try? records(base ?? [], side: "общий предок")) ?? [:]
        let o = try records(ours, side: "здесь")
        let t = try records(theirs, side: "с сервера")
        var merged: [ProgressRecord] = []
        var resolved: [ResolvedRecord] = []
        for key in Set(b.keys).union(o.keys).union(t.keys).sorted() {
            let old = b[key], mine = o[key], other = t[key]
            if mine == other || other == old {
                if let mine { merged.append(mine) }
            } else if mine == old {
                if let other { merged.append(other) }
            } else {
                let history = HistoryUnion.merge(mine?.history ?? [], other?.history ?? [])
                let record = ProgressRecord(key: key, history: history)
                merged.append(record)
                if let kept = record.current {
                    let loser = kept == mine?.current ? other?.current : mine?.current
                    resolved.append(ResolvedRecord(key: key, kept: kept, other: loser))
                }
            }
        }
        let bytes = JSONWriter.bytes(DataEncoder.progress(school: school, records: merged))
        return MergedFile(bytes: bytes, resolved: resolved)
    }

    func records(_ bytes: [UInt8], side: String = "") throws(MergeRefusal) -> [ProgressKey: ProgressRecord] {
        let (root, log) = try MergeInput.root(bytes, file: file, side: side)
        guard let decoded = ProgressDecoder.decode(root, school: school, log: log), !log.hasErrors else {
            throw MergeInput.refusal(log, file: file, side: side)
        }
        var records: [ProgressKey: ProgressRecord] = [:]
        for entry in decoded.records { records[entry.record.key] = entry.record }
        return records
    }
}
