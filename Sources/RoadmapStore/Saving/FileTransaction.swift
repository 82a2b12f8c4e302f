#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapFiles

/// A change to several data files commits as one: after any failure every
/// file is as it was, and after a crash the next save finishes it (and
/// every load already reads it whole). The way git updates several refs:
///
/// 1. under the write lock, write every new version to a temporary file
///    and flush it; keep the old version under a second name (a hard link,
///    or a copy where links are not supported). Any failure here — a full
///    disk, a file that may not be replaced — removes what was made, and
///    nothing has changed;
/// 2. write the journal `.roadmap.journal` (itself atomically): from this
///    moment the change counts as made;
/// 3. rename every temporary file over its target. When a rename fails, the
///    ones done are taken back from the kept old versions;
/// 4. flush the folders, remove the journal and the old versions.
///
/// A file removed in the change (an import replacing a roadmap drops the
/// schools it no longer has) is kept the same way and unlinked in step 3.
/// A change to one file needs none of this: one rename is atomic already.
struct FileTransaction {
    let rootPath: String
    /// Test-only: pretend the process died after this many renames.
    var crashAfterRenames: Int? = nil

    struct Change {
        /// `progress/schools/urozhaynoe.json`.
        var relative: String
        /// The new contents; nil removes the file.
        var bytes: [UInt8]?
    }

    /// Returns `fstat` of each file as written, by relative path.
    func commit(_ changes: [Change]) throws(StoreError) -> [String: stat] {
        if changes.count == 1, let change = changes.first, let bytes = change.bytes {
            return [change.relative: try writeOne(change.relative, bytes)]
        }
        guard !changes.isEmpty else { return [:] }
        var staged: [Journal.Entry] = []
        var infos: [String: stat] = [:]
        do {
            for change in changes {
                guard let (entry, info) = try stage(change) else { continue }
                staged.append(entry)
                if let info { infos[change.relative] = info }
            }
            try Journal(entries: staged).write(in: rootPath)
        } catch {
            // A journal whose rename landed but whose flush failed must not
            // outlive the files it names: the change was reported as not made.
            unlink(rootPath + "/" + Journal.fileName)
            discard(staged)
            throw error
        }
        try apply(staged)
        return infos
    }

    private func writeOne(_ relative: String, _ bytes: [UInt8]) throws(StoreError) -> stat {
        do {
            return try AtomicFile.write(bytes, to: path(relative))
        } catch {
            throw Self.failure(relative, error.code)
        }
    }

    /// Step 1 for one file: the new version beside it, the old one kept.
    /// Nil for the removal of a file that is not there.
    private func stage(_ change: Change) throws(StoreError) -> (Journal.Entry, stat?)? {
        let target = path(change.relative)
        var prepared: AtomicFile.Prepared?
        do {
            if let bytes = change.bytes { prepared = try AtomicFile.prepare(bytes, replacing: target) }
        } catch {
            throw Self.failure(change.relative, error.code)
        }
        var entry = Journal.Entry(relative: change.relative, temporary: prepared.map { AtomicFile.name(of: $0.temporary) },
                                  kept: nil)
        do {
            entry.kept = try keepOldVersion(of: target)
        } catch {
            if let prepared { unlink(prepared.temporary) }
            throw Self.failure(change.relative, error.code)
        }
        if prepared == nil, entry.kept == nil { return nil }
        return (entry, prepared?.info)
    }

    /// The name the old version is kept under, nil when there was none.
    private func keepOldVersion(of target: String) throws(AtomicFile.Failure) -> String? {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw AtomicFile.Failure(errno)
        }
        let kept = AtomicFile.temporaryName(for: target, marker: Journal.keptMarker)
        if link(target, kept) == 0 { return AtomicFile.name(of: kept) }
        // A file that may not be linked may still be copied; one that may
        // not be replaced fails at the rename and is taken back from here.
        guard let bytes = FileReader.readRegular(target).bytes else { throw AtomicFile.Failure(EIO) }
        let copy = try AtomicFile.prepare(bytes, replacing: target, marker: Journal.keptMarker)
        return AtomicFile.name(of: copy.temporary)
    }

    /// Steps 3 and 4; a failed rename takes back the ones done.
    private func apply(_ entries: [Journal.Entry]) throws(StoreError) {
        for (done, entry) in entries.enumerated() {
            if let crashAfterRenames, done == crashAfterRenames { return }
            guard Recovery(rootPath: rootPath).put(entry) else {
                let code = errno
                Recovery(rootPath: rootPath).rollBack(entries)
                throw Self.failure(entry.relative, code)
            }
        }
        if let crashAfterRenames, crashAfterRenames >= entries.count { return }
        Recovery(rootPath: rootPath).finish(entries)
    }

    /// Step 1 undone: the temporary and kept files removed, targets untouched.
    private func discard(_ entries: [Journal.Entry]) {
        for entry in entries {
            let folder = folderPath(entry)
            if let temporary = entry.temporary { unlink(folder + "/" + temporary) }
            if let kept = entry.kept { unlink(folder + "/" + kept) }
        }
    }

    private func path(_ relative: String) -> String { rootPath + "/" + relative }

    private func folderPath(_ entry: Journal.Entry) -> String { AtomicFile.folder(of: path(entry.relative)) }

    static func failure(_ relative: String, _ code: Int32) -> StoreError {
        StoreError("не удалось записать \(relative): \(SystemReason.text(code))")
    }
}
