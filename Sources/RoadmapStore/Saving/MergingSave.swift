import RoadmapModel

/// What a checked save did.
public struct SaveOutcome: Sendable {
    /// Relative paths actually rewritten.
    public var written: [String]
    /// The caller's data with each saved file as it now is on disk: the
    /// caller's changes plus records someone else changed meanwhile.
    public var data: RoadmapData
    /// Records taken from disk because someone else changed them.
    public var takenFromOthers: [ProgressKey]
}

/// A save that never writes over a change it did not see: under the write
/// lock, each progress file is read again; when it differs from the
/// snapshot, records are merged (`ProgressMerge`), and a record changed on
/// both sides refuses the whole save before any byte is written.
struct MergingSave {
    let writer: DirectoryWriter
    let reader: FileReader

    init(writer: DirectoryWriter) {
        self.writer = writer
        self.reader = FileReader(rootPath: writer.rootPath)
    }

    /// The plan files (roadmap, schools, measures) are never merged: when
    /// one of them changed since the snapshot, marks may point at measures
    /// that are no longer there, so the save is refused and the caller reloads.
    func save(_ data: RoadmapData, files: Set<DataFile>, snapshot: inout Snapshot) throws(StoreError) -> SaveOutcome {
        guard let base = snapshot.base else {
            throw StoreError("сохранение без загруженных данных невозможно: сначала загрузите каталог данных")
        }
        try checkPlanFiles(snapshot)
        if snapshot.planIsIndexed, files.contains(where: \.isPlan) {
            throw StoreError("план загружен из кэша без полей, которые хранят только файлы плана; ничего не записано — данные нужно перечитать")
        }
        var result = data
        var pending: [(DataFile, [UInt8]?)] = []
        var taken: [ProgressKey] = []
        var conflicts: [ProgressMerge.Conflict] = []
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            guard case .progress(let school) = file else {
                // The plan files are not merged record by record: the check
                // above proved nobody changed them since the load, so ours win.
                pending.append((file, planBytes(file)))
                continue
            }
            let disk = try readDisk(file, snapshot: snapshot, base: base)
            let merge = ProgressMerge(base: base.progressBySchool[school] ?? [:],
                                      mine: data.progressBySchool[school] ?? [:], theirs: disk.records)
            conflicts += merge.conflicts
            taken += merge.takenFromOthers
            for key in merge.takenFromOthers { result.restore(merge.records[key], for: key) }
            pending.append((file, disk.bytes))
        }
        guard conflicts.isEmpty else { throw MergingSave.conflictError(conflicts, data: data) }

        let encoder = FileEncoder(result)
        var changes: [FileTransaction.Change] = []
        for (file, onDisk) in pending {
            let bytes = encoder.bytes(for: file)
            if onDisk != bytes {
                try writer.prepareFolder(for: file)
                changes.append(FileTransaction.Change(relative: file.relativePath, bytes: bytes))
            }
        }
        let written = try FileTransaction(rootPath: writer.rootPath).commit(changes)
        let newBytes = Dictionary(changes.map { ($0.relative, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        // Only a change that committed moves the snapshot: after a refused
        // save the snapshot still describes the files, which are as they were.
        for (file, _) in pending {
            let relative = file.relativePath
            if let info = written[relative], let bytes = newBytes[relative] ?? nil {
                snapshot.fingerprints[relative] = Fingerprint(bytes: bytes, info: info)
            } else if let current = FileReader.readRegularFingerprinted(writer.rootPath + "/" + relative).fingerprint {
                snapshot.fingerprints[relative] = current
            }
            snapshot.base = Self.withFile(file, of: result, into: snapshot.base ?? base)
        }
        return SaveOutcome(written: changes.map(\.relative), data: result, takenFromOthers: taken)
    }

    /// The bytes of a plan file now on disk, nil when it is missing or unreadable.
    private func planBytes(_ file: DataFile) -> [UInt8]? {
        if case .bytes(let bytes) = reader.readFingerprinted(file.relativePath).outcome { return bytes }
        return nil
    }

    /// The base the next save compares with takes the file just saved.
    private static func withFile(_ file: DataFile, of data: RoadmapData, into base: RoadmapData) -> RoadmapData {
        var updated = base
        switch file {
        case .roadmap: updated.roadmap = data.roadmap
        case .schools: updated.schools = data.schools
        case .measures: updated.measures = data.measures
        case .progress(let school):
            for record in updated.records(ofSchool: school) { updated.restore(nil, for: record.key) }
            for record in data.records(ofSchool: school) { updated.restore(record, for: record.key) }
        }
        return updated
    }

    private struct Disk {
        var records: [ProgressKey: ProgressRecord]
        /// The bytes on disk, nil when the file does not exist.
        var bytes: [UInt8]?
    }

    /// The file as it is now; unchanged since the snapshot means the base.
    private func readDisk(_ file: DataFile, snapshot: Snapshot, base: RoadmapData) throws(StoreError) -> Disk {
        guard case .progress(let school) = file else { return Disk(records: [:], bytes: nil) }
        let relative = file.relativePath
        let (outcome, fingerprint) = reader.readFingerprinted(relative)
        switch outcome {
        case .missing:
            return Disk(records: [:], bytes: nil)
        case .problem(let text):
            throw StoreError("\(relative): \(text); ничего не записано", reason: .changedOnDisk)
        case .bytes(let bytes):
            if let fingerprint, fingerprint == snapshot.fingerprints[relative] {
                return Disk(records: base.progressBySchool[school] ?? [:], bytes: bytes)
            }
            let log = FileLog(file: relative)
            guard let root = DirectoryLoader.parse(bytes, log: log),
                  let decoded = ProgressDecoder.decode(root, school: school, log: log), !log.hasErrors else {
                let first = log.diagnostics.first { $0.severity == .error }.map { ": \($0.description)" } ?? ""
                throw StoreError("\(relative) изменён вне программы и содержит ошибки\(first); ничего не записано — исправьте файл (roadmap validate)",
                                 reason: .changedOnDisk)
            }
            var records: [ProgressKey: ProgressRecord] = [:]
            for entry in decoded.records { records[entry.record.key] = entry.record }
            return Disk(records: records, bytes: bytes)
        }
    }

    private func checkPlanFiles(_ snapshot: Snapshot) throws(StoreError) {
        for file in [DataFile.roadmap, .schools, .measures] {
            let relative = file.relativePath
            guard let expected = snapshot.fingerprints[relative] else { continue }
            if expected.sameStat(writer.rootPath + "/" + relative) { continue }
            let now = reader.readFingerprinted(relative).fingerprint
            if now?.hash == expected.hash && now?.size == expected.size { continue }
            throw StoreError("\(relative) изменён вне программы после загрузки; ничего не записано — данные нужно перечитать",
                             reason: .changedOnDisk)
        }
    }

    /// The first record is named within the first 80 columns, because the
    /// dashboard shows this on its one status line.
    static func conflictError(_ conflicts: [ProgressMerge.Conflict], data: RoadmapData) -> StoreError {
        let shown = conflicts.prefix(5).map { conflict -> String in
            var text = "мероприятие \(data.measure(conflict.key.measure)?.number ?? conflict.key.measure)"
            if let id = conflict.key.school { text += ", школа \(data.school(id)?.shortName ?? id)" }
            if let day = conflict.key.occurrence { text += ", срок до \(day.russian)" }
            if let entry = conflict.theirs {
                text += " — \(Quote.visible(entry.by)), «\(entry.status.russian)», \(RoadmapModel.Timestamp.russian(entry.at))"
            } else {
                text += " — запись удалена"
            }
            return text
        }
        let more = conflicts.count > 5 ? " и ещё \(conflicts.count - 5)" : ""
        return StoreError("не сохранено, тем временем изменено другими: " + shown.joined(separator: "; ") + more
                          + ". Ничего не записано", reason: .changedOnDisk)
    }
}
